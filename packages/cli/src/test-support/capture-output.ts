/**
 * Captures what a command writes to standard output and error during each test of a file.
 * @module
 */
import { afterEach, beforeEach, vi } from 'vitest'

/** What the commands of the current test wrote; `clear()` forgets it mid-test. */
export interface CapturedOutput {
  readonly out: string
  readonly err: string
  clear(): void
}

/** Registers the capture around every test of the calling file and returns its live view. */
export function captureOutput(): CapturedOutput {
  let out = ''
  let err = ''
  beforeEach(() => {
    out = ''
    err = ''
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk)
      return true
    })
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      err += String(chunk)
      return true
    })
  })
  afterEach(() => vi.restoreAllMocks())
  return {
    get out() {
      return out
    },
    get err() {
      return err
    },
    clear() {
      out = ''
      err = ''
    },
  }
}
