/**
 * The one mapping from `UpcrossError` codes to HTTP status codes.
 * @module
 */
import type { ErrorCode } from 'upcross'

/** HTTP status of each error code. */
export const STATUS_OF: Readonly<Record<ErrorCode, number>> = Object.freeze({
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  internal: 500,
  unavailable: 503,
})

/**
 * Error codes of the HTTP layer beyond `ErrorCode`: they come from HTTP itself (size, media type,
 * rate) rather than from the domain.
 */
export type HttpOnlyCode = 'payload_too_large' | 'unsupported_media_type' | 'rate_limited'

/** Every code an error body can carry. */
export type ApiErrorCode = ErrorCode | HttpOnlyCode

/** HTTP status of the codes that only the HTTP layer raises. */
export const HTTP_ONLY_STATUS: Readonly<Record<HttpOnlyCode, number>> = Object.freeze({
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
})
