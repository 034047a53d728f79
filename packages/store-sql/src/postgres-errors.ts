/**
 * Translates node-postgres errors (SQLSTATE codes, socket failures) into `UpcrossError` codes;
 * nothing raw leaves the adapter.
 * @module
 */
import { type ErrorCode, isUpcrossError, UpcrossError } from 'upcross'

/** SQLSTATE classes (first two characters) and what they mean to callers. */
const BY_CLASS: Record<string, ErrorCode> = {
  '08': 'unavailable', // connection exception
  '22': 'invalid_input', // data exception: out of range, bad text, NUL byte
  '23': 'invalid_input', // integrity constraint violation (unique handled below)
  '28': 'unavailable', // invalid authorization: the database cannot be used as configured
  '3D': 'unavailable', // the database does not exist
  '40': 'unavailable', // serialization failure, deadlock: retry
  '53': 'unavailable', // insufficient resources (disk full, too many connections)
  '57': 'unavailable', // operator intervention: shutdown, cannot connect now, query canceled
  '58': 'unavailable', // system error (I/O)
}

/** Socket errors of Node that mean the server cannot be reached. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
])

/** Messages of node-postgres errors that carry no code but mean the connection is gone. */
const CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Cannot use a pool after calling end',
]

/** Tells whether a value is an error reported by the PostgreSQL server (it has a SQLSTATE). */
export function isPostgresError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code
  return (
    error instanceof Error &&
    typeof code === 'string' &&
    /^[0-9A-Z]{5}$/.test(code) &&
    'severity' in error
  )
}

/** The `UpcrossError` code for a SQLSTATE such as `23505`. */
export function errorCodeForSqlState(sqlState: string): ErrorCode {
  if (sqlState === '23505') return 'conflict' // unique_violation
  return BY_CLASS[sqlState.slice(0, 2)] ?? 'internal'
}

/** Turns a node-postgres error into an `UpcrossError`; other values are returned unchanged. */
export function translatePostgresError(error: unknown): unknown {
  if (isUpcrossError(error) || !(error instanceof Error)) return error
  if (isPostgresError(error)) {
    return new UpcrossError(errorCodeForSqlState(error.code), `database: ${error.message}`, {
      cause: error,
      details: { driverCode: error.code },
    })
  }
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && NETWORK_CODES.has(code)) {
    return new UpcrossError('unavailable', `database unreachable: ${error.message}`, {
      cause: error,
      details: { driverCode: code },
    })
  }
  if (
    error instanceof AggregateError &&
    error.errors.some((e) => translatePostgresError(e) !== e)
  ) {
    return new UpcrossError('unavailable', `database unreachable: ${error.message}`, {
      cause: error,
    })
  }
  if (CONNECTION_MESSAGES.some((m) => error.message.includes(m))) {
    return new UpcrossError('unavailable', `database connection lost: ${error.message}`, {
      cause: error,
    })
  }
  return error
}
