/**
 * FIMI `.dat` baskets: one basket per line, non-negative integer item ids separated by spaces.
 * A byte-level streaming parser, because these files run to millions of lines.
 * @module
 */
import type { Issue } from '../errors.js'

/** Receives each parsed basket: `items[0..length)` are raw ids (unsorted, maybe repeated). */
export type FimiBasketHandler = (items: Int32Array, length: number, line: number) => void

/** A push parser: feed chunks in order, then call `end()`. */
export interface FimiParser {
  push(chunk: Uint8Array): void
  end(): void
}

/** Options of `createFimiParser`. */
export interface FimiParserOptions {
  onBasket: FimiBasketHandler
  onIssue: (issue: Issue) => void
  /** File name for issue sources. */
  file?: string
  /** Largest item id accepted (ids index dense tables); default 2^31 − 1. */
  maxId?: number
}

const SPACE = 32
const TAB = 9
const LF = 10
const CR = 13
const ZERO = 48
const NINE = 57

/**
 * Creates a FIMI parser. Blank lines are skipped silently; a line with any other byte than
 * digits, spaces, tabs and CR is rejected whole with an `invalid_item` issue naming the column.
 */
export function createFimiParser(options: FimiParserOptions): FimiParser {
  const { onBasket, onIssue, file } = options
  const maxId = options.maxId ?? 2_147_483_647
  let items = new Int32Array(1024)
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
      reject(`item id ${cur} is larger than ${maxId}`, 'invalid_item')
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

  function reject(message: string, code: string): void {
    if (bad) return
    bad = true
    const source: Issue['source'] = { line, column: String(column) }
    if (file !== undefined) source.file = file
    onIssue({ code, path: [line], message, source })
  }

  return {
    push(chunk: Uint8Array): void {
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk[i]!
        column++
        if (c >= ZERO && c <= NINE) {
          cur = cur < 0 ? c - ZERO : cur * 10 + (c - ZERO)
        } else if (c === SPACE || c === TAB || c === CR) {
          if (cur >= 0) pushItem()
        } else if (c === LF) {
          finishLine()
        } else {
          cur = -1
          reject(
            `unexpected character ${JSON.stringify(String.fromCharCode(c))}; a FIMI line holds integer item ids separated by spaces`,
            'invalid_item',
          )
        }
      }
    },
    end(): void {
      if (cur >= 0 || length > 0 || bad) finishLine()
    },
  }
}
