/**
 * Every failed call surfaces as one `UpcrossApiError` carrying the server's error body
 * (`{code, message, issues, requestId}`), so callers show the issues' paths next to their fields
 * and quote the request id.
 * @module
 */

/** One problem the server found: a snake_case code, a path into the request, a message. */
export interface ApiIssue {
  code: string
  path: (string | number)[]
  message: string
}

/** A failed call: the server's error body plus the HTTP status (0 when no answer arrived). */
export class UpcrossApiError extends Error {
  /** The server's snake_case code (`invalid_input`, `not_found`, …), or `network_error`. */
  readonly code: string
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number
  /** What was wrong and where (empty when the server named no field). */
  readonly issues: ApiIssue[]
  /** The server's request id, to quote when reporting a problem; empty without an answer. */
  readonly requestId: string

  constructor(init: {
    code: string
    message: string
    status: number
    issues?: ApiIssue[]
    requestId?: string
  }) {
    super(init.message)
    this.name = 'UpcrossApiError'
    this.code = init.code
    this.status = init.status
    this.issues = init.issues ?? []
    this.requestId = init.requestId ?? ''
  }
}

/** Whether `error` is an `UpcrossApiError` (optionally with this code). */
export function isUpcrossApiError(error: unknown, code?: string): error is UpcrossApiError {
  return error instanceof UpcrossApiError && (code === undefined || error.code === code)
}

interface ErrorBodyShape {
  error?: { code?: unknown; message?: unknown; issues?: unknown; requestId?: unknown }
}

/** Builds the error of a non-2xx answer from its parsed body (anything, even a proxy's page). */
export function errorFromAnswer(status: number, body: unknown): UpcrossApiError {
  const e = (body as ErrorBodyShape | undefined)?.error
  if (e && typeof e.code === 'string' && typeof e.message === 'string')
    return new UpcrossApiError({
      code: e.code,
      message: e.message,
      status,
      issues: Array.isArray(e.issues) ? (e.issues as ApiIssue[]) : [],
      requestId: typeof e.requestId === 'string' ? e.requestId : '',
    })
  // Not our server's body (a proxy, a gateway): say what came back instead of inventing a code.
  return new UpcrossApiError({
    code: `http_${status}`,
    message: `the server answered HTTP ${status} without an upcross error body`,
    status,
  })
}

/** The error of a request that got no answer (server down, offline, CORS, aborted). */
export function networkError(cause: unknown): UpcrossApiError {
  const why = cause instanceof Error ? cause.message : String(cause)
  return new UpcrossApiError({
    code: 'network_error',
    message: `no answer from the server: ${why}`,
    status: 0,
  })
}
