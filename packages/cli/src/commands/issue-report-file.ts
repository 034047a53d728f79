/**
 * The `--report` file: every excluded and rejected issue as one JSON line, written as it comes.
 * @module
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import type { IssueKind } from '@upcross/engine'
import { type Issue, UpcrossError } from 'upcross'

/** A JSON-lines issue file being written. */
export interface IssueReportFile {
  /** Appends one issue as `{"kind":"rejected"|"excluded", …issue}`. */
  write(kind: IssueKind, issue: Issue): void
  /** Flushes and closes the file; returns the number of issues written. */
  close(): number
}

const FLUSH_AT = 1 << 16

/** Creates (truncating) the report file; throws `invalid_input` when it cannot be written. */
export function openIssueReportFile(path: string): IssueReportFile {
  let fd: number
  try {
    fd = openSync(path, 'w')
  } catch (error) {
    throw new UpcrossError('invalid_input', `cannot write the report file ${path}`, {
      cause: error,
    })
  }
  let buffer = ''
  let count = 0
  const flush = (): void => {
    if (buffer !== '') writeSync(fd, buffer)
    buffer = ''
  }
  return {
    write(kind, issue) {
      buffer += `${JSON.stringify({ kind, ...issue })}\n`
      count++
      if (buffer.length >= FLUSH_AT) flush()
    },
    close() {
      flush()
      closeSync(fd)
      return count
    },
  }
}
