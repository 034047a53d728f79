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
  /**
   * Receives each basket. `items` is the parser's own buffer, valid only during the call: copy
   * what you keep.
   */
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
  // Parser state between chunks. `push` works on local copies (a closure variable costs a
  // context load or store per access, and the byte loop is the hot path) and writes them back.
  let items: Int32Array = new Int32Array(1024)
  let length = 0
  /** The item being read, or −1 between items. */
  let cur = -1
  /** 1-based number of the current line. */
  let line = 1
  /**
   * Where the current line started in the last chunk (negative when in an earlier one) and that
   * chunk's size: the line's bytes consumed so far are `tailSize - tailStart`. Kept as two values
   * so that all arithmetic on them happens before the byte loop, not after it (code the
   * optimizing compiler has never seen run makes it deoptimize).
   */
  let tailStart = 0
  let tailSize = 0
  /** Whether the current line has been rejected. */
  let bad = false

  function report(message: string, at: number, col: number): void {
    const source: Issue['source'] = { line: at, column: String(col) }
    if (file !== undefined) source.file = file
    onIssue({ code: 'invalid_item', path: [at], message, source })
  }

  function tooLarge(id: number, at: number, col: number): void {
    report(`item id ${id} is larger than ${maxId}`, at, col)
  }

  function unexpected(c: number, at: number, col: number): void {
    report(
      `unexpected character ${JSON.stringify(String.fromCharCode(c))}; a FIMI line holds integer item ids separated by spaces`,
      at,
      col,
    )
  }

  function grown(buffer: Int32Array): Int32Array {
    const next = new Int32Array(buffer.length * 2)
    next.set(buffer)
    return next
  }

  return {
    push(chunk: Uint8Array): void {
      let buffer = items
      let n = length
      let value = cur
      let at = line
      let rejected = bad
      // Chunk index of the current line's first byte (negative when the line began in an
      // earlier chunk), so a byte's column is `i - lineStart + 1` without a per-byte counter.
      let lineStart = tailStart - tailSize
      const size = chunk.length
      for (let i = 0; i < size; i++) {
        const c = chunk[i]!
        if (c >= ZERO && c <= NINE) {
          value = value < 0 ? c - ZERO : value * 10 + (c - ZERO)
        } else if (c === SPACE || c === TAB || c === CR || c === LF) {
          if (value >= 0) {
            if (value > maxId) {
              if (!rejected) tooLarge(value, at, i - lineStart + 1)
              rejected = true
            } else {
              if (n === buffer.length) {
                buffer = grown(buffer)
                items = buffer
              }
              buffer[n++] = value
            }
            value = -1
          }
          if (c === LF) {
            if (!rejected && n > 0) onBasket(buffer, n, at)
            n = 0
            rejected = false
            at++
            lineStart = i + 1
          }
        } else {
          value = -1
          if (!rejected) unexpected(c, at, i - lineStart + 1)
          rejected = true
        }
      }
      length = n
      cur = value
      line = at
      bad = rejected
      tailStart = lineStart
      tailSize = size
    },
    end(): void {
      if (cur < 0 && length === 0 && !bad) return
      const column = tailSize - tailStart
      if (cur >= 0) {
        if (cur > maxId) {
          if (!bad) tooLarge(cur, line, column)
          bad = true
        } else {
          if (length === items.length) items = grown(items)
          items[length++] = cur
        }
      }
      if (!bad && length > 0) onBasket(items, length, line)
      length = 0
      cur = -1
      bad = false
      tailStart = 0
      tailSize = 0
      line++
    },
  }
}
