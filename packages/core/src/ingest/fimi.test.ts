import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Issue } from '../errors.js'
import { createFimiParser, type FimiParserOptions } from './fimi.js'

interface Parsed {
  baskets: [line: number, items: number[]][]
  issues: Issue[]
}

type Factory = (options: FimiParserOptions) => { push(c: Uint8Array): void; end(): void }

function parse(factory: Factory, bytes: Uint8Array, cuts: number[], maxId?: number): Parsed {
  const out: Parsed = { baskets: [], issues: [] }
  const options: FimiParserOptions = {
    file: 'x.dat',
    onBasket: (items, length, line) =>
      out.baskets.push([line, Array.from(items.subarray(0, length))]),
    onIssue: (issue) => out.issues.push(issue),
  }
  if (maxId !== undefined) options.maxId = maxId
  const parser = factory(options)
  let at = 0
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    parser.push(bytes.subarray(at, Math.max(at, cut)))
    at = Math.max(at, cut)
  }
  parser.push(bytes.subarray(at))
  parser.end()
  return out
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('createFimiParser', () => {
  it('reads baskets with their line numbers, skipping blank lines, in any chunking', () => {
    const bytes = text('1 2 3\n\n  \n40\t5 5\r\n7')
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(parse(createFimiParser, bytes, [cut])).toEqual({
        baskets: [
          [1, [1, 2, 3]],
          [4, [40, 5, 5]],
          [5, [7]],
        ],
        issues: [],
      })
    }
  })

  it('rejects a line with another character whole, naming its line and column', () => {
    const { baskets, issues } = parse(createFimiParser, text('1 2\n3 4x 5 y\n6\n'), [5])
    expect(baskets).toEqual([
      [1, [1, 2]],
      [3, [6]],
    ])
    expect(issues).toEqual([
      {
        code: 'invalid_item',
        path: [2],
        message: 'unexpected character "x"; a FIMI line holds integer item ids separated by spaces',
        source: { line: 2, column: '4', file: 'x.dat' },
      },
    ])
  })

  it('rejects ids above maxId at the byte that ends them, also at the end of the input', () => {
    const { baskets, issues } = parse(createFimiParser, text('1 100 2\n3\n4 999'), [6], 99)
    expect(baskets).toEqual([[2, [3]]])
    expect(issues.map((i) => [i.message, i.source])).toEqual([
      ['item id 100 is larger than 99', { line: 1, column: '6', file: 'x.dat' }],
      ['item id 999 is larger than 99', { line: 3, column: '5', file: 'x.dat' }],
    ])
  })

  it('passes baskets longer than its first buffer whole', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => i)
    const { baskets } = parse(createFimiParser, text(`${ids.join(' ')}\n1`), [7, 9000])
    expect(baskets).toEqual([
      [1, ids],
      [2, [1]],
    ])
  })

  it('behaves exactly like the byte-at-a-time parser it replaced, on any bytes and chunking', () => {
    const byte = fc.constantFrom(...text('0123456789  \t\r\n\n\nx-'))
    fc.assert(
      fc.property(
        fc.array(byte, { maxLength: 120 }),
        fc.array(fc.nat({ max: 130 }), { maxLength: 5 }),
        fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
        (bytes, cuts, maxId) => {
          const input = Uint8Array.from(bytes)
          expect(parse(createFimiParser, input, cuts, maxId)).toEqual(
            parse(referenceParser, input, cuts, maxId),
          )
        },
      ),
      { numRuns: 500 },
    )
  })
})

/** The straightforward parser `createFimiParser` was optimised from: one closure call per byte. */
function referenceParser(options: FimiParserOptions): {
  push(c: Uint8Array): void
  end(): void
} {
  const { onBasket, onIssue, file } = options
  const maxId = options.maxId ?? 2_147_483_647
  let items = new Int32Array(4)
  let length = 0
  let cur = -1
  let line = 1
  let column = 0
  let bad = false
  function finishLine(): void {
    if (cur >= 0) pushItem()
    if (!bad && length > 0) onBasket(items, length, line)
    length = 0
    cur = -1
    bad = false
    column = 0
    line++
  }
  function pushItem(): void {
    if (cur > maxId) {
      reject(`item id ${cur} is larger than ${maxId}`)
    } else {
      if (length === items.length) {
        const next = new Int32Array(items.length * 2)
        next.set(items)
        items = next
      }
      items[length++] = cur
    }
    cur = -1
  }
  function reject(message: string): void {
    if (bad) return
    bad = true
    const source: Issue['source'] = { line, column: String(column) }
    if (file !== undefined) source.file = file
    onIssue({ code: 'invalid_item', path: [line], message, source })
  }
  return {
    push(chunk) {
      for (const c of chunk) {
        column++
        if (c >= 48 && c <= 57) cur = cur < 0 ? c - 48 : cur * 10 + (c - 48)
        else if (c === 32 || c === 9 || c === 13) {
          if (cur >= 0) pushItem()
        } else if (c === 10) finishLine()
        else {
          cur = -1
          reject(
            `unexpected character ${JSON.stringify(String.fromCharCode(c))}; a FIMI line holds integer item ids separated by spaces`,
          )
        }
      }
    },
    end() {
      if (cur >= 0 || length > 0 || bad) finishLine()
    },
  }
}
