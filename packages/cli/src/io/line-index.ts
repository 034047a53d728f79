/**
 * Line numbers for a byte stream: remembers where the line feeds are, so a tokenizer's byte
 * offsets can be turned into 1-based line numbers (csv-parse's own line count drifts on CRLF).
 * @module
 */
import { Transform } from 'node:stream'

const LF = 10
const COMPACT_AT = 1 << 16

/** Records the offset of every LF passing through `tap()`, and answers line numbers by offset. */
export class LineIndex {
  #offsets: number[] = []
  #head = 0
  /** LFs dropped from `#offsets` plus those before `#head`. */
  #before: number
  #seen: number

  /** Starts counting at byte `startByte`, which is the first byte of line `startLine`. */
  constructor(startByte = 0, startLine = 1) {
    this.#seen = startByte
    this.#before = startLine - 1
  }

  /** A pass-through stream that feeds this index. */
  tap(): Transform {
    return new Transform({
      transform: (chunk: Buffer, _enc, done) => {
        let i = chunk.indexOf(LF)
        while (i !== -1) {
          this.#offsets.push(this.#seen + i)
          i = chunk.indexOf(LF, i + 1)
        }
        this.#seen += chunk.length
        done(null, chunk)
      },
    })
  }

  /** The 1-based line holding byte `offset`; offsets should be asked in non-decreasing order. */
  lineAt(offset: number): number {
    const o = this.#offsets
    while (this.#head > 0 && o[this.#head - 1]! >= offset) {
      this.#head--
      this.#before--
    }
    while (this.#head < o.length && o[this.#head]! < offset) {
      this.#head++
      this.#before++
    }
    if (this.#head >= COMPACT_AT) {
      o.splice(0, this.#head - 1)
      this.#head = 1
    }
    return this.#before + 1
  }

  /** The byte offset where line `line + 1` starts, if the LF ending `line` has been seen. */
  startOfLineAfter(line: number): number | undefined {
    const k = line - 1 - (this.#before - this.#head)
    const lf = k >= 0 ? this.#offsets[k] : undefined
    return lf === undefined ? undefined : lf + 1
  }
}
