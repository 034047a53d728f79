/**
 * The CLI's one mapping from outcomes to exit codes (docs/architecture.md, "Errors"). Loaded by
 * every run: it imports the core's light `upcross/errors` entry only.
 * @module
 */
import { type ErrorCode, isUpcrossError } from 'upcross/errors'

/** Exit codes: 0 ok, 1 failure, 2 usage or invalid input, 3 done but some rows were rejected. */
export const EXIT = { ok: 0, failure: 1, usage: 2, rejectedRows: 3 } as const

const BY_CODE: Record<ErrorCode, number> = {
  invalid_input: EXIT.usage,
  not_found: EXIT.failure,
  conflict: EXIT.failure,
  unauthorized: EXIT.failure,
  forbidden: EXIT.failure,
  precondition_failed: EXIT.failure,
  unavailable: EXIT.failure,
  internal: EXIT.failure,
}

/** The exit code for a thrown value. */
export function exitCodeFor(error: unknown): number {
  return isUpcrossError(error) ? BY_CODE[error.code] : EXIT.failure
}
