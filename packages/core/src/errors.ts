/**
 * Errors and issues: bad input is data (`Issue`), everything else is one `UpcrossError`.
 * @module
 */

/** The closed set of operational error codes; each edge (HTTP, CLI) maps them once. */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'precondition_failed'
  | 'unavailable'
  | 'internal'

/** Where a piece of bad input came from: file, 1-based line and column, record id. */
export interface IssueSource {
  file?: string
  line?: number
  column?: string
  recordId?: string
}

/** One problem with one piece of input, as data: a snake_case code, a path, where, and why. */
export interface Issue {
  code: string
  path: readonly (string | number)[]
  message: string
  source?: IssueSource
  input?: string
}

/** Success with a value, or failure with the issues that explain it. */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] }

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

/** Wraps issues as a failed result. */
export function fail<T = never>(...issues: Issue[]): Result<T> {
  return { ok: false, issues }
}

/** Options of an `UpcrossError` beyond its code and message. */
export interface UpcrossErrorOptions {
  issues?: Issue[]
  details?: Record<string, unknown>
  cause?: unknown
}

/** The one error class thrown for operational and contract failures. */
export class UpcrossError extends Error {
  readonly code: ErrorCode
  readonly issues: Issue[] | undefined
  readonly details: Record<string, unknown> | undefined

  constructor(code: ErrorCode, message: string, options: UpcrossErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'UpcrossError'
    this.code = code
    this.issues = options.issues
    this.details = options.details
  }
}

/** Tells whether a value is an `UpcrossError`, also across package copies. */
export function isUpcrossError(value: unknown): value is UpcrossError {
  return value instanceof UpcrossError || (value instanceof Error && value.name === 'UpcrossError')
}

/** Throws `UpcrossError('internal')` when a programmer's invariant does not hold. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new UpcrossError('internal', `invariant failed: ${message}`)
}

/** Renders an issue as one line: `file:line column: message (code)`. */
export function formatIssue(issue: Issue): string {
  const s = issue.source
  const where = s
    ? [s.file, s.line === undefined ? undefined : String(s.line)]
        .filter((x) => x !== undefined)
        .join(':')
    : ''
  const column = s?.column ? ` column ${s.column}` : ''
  const prefix = where || column ? `${where}${column}: ` : ''
  return `${prefix}${issue.message} (${issue.code})`
}
