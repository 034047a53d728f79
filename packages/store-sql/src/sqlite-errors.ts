/**
 * Translates better-sqlite3 errors into `UpcrossError` codes; nothing raw leaves the adapter.
 * @module
 */
import { type ErrorCode, isUpcrossError, UpcrossError } from 'upcross'

/** The primary SQLite result codes (before the first `_`) and what they mean to callers. */
const BY_PRIMARY: Record<string, ErrorCode> = {
  SQLITE_BUSY: 'unavailable',
  SQLITE_LOCKED: 'unavailable',
  SQLITE_CANTOPEN: 'unavailable',
  SQLITE_READONLY: 'unavailable',
  SQLITE_FULL: 'unavailable',
  SQLITE_IOERR: 'unavailable',
  SQLITE_NOTADB: 'unavailable',
  SQLITE_CORRUPT: 'unavailable',
  SQLITE_PERM: 'unavailable',
  SQLITE_AUTH: 'unavailable',
  SQLITE_NOLFS: 'unavailable',
  SQLITE_PROTOCOL: 'unavailable',
  SQLITE_TOOBIG: 'invalid_input',
  SQLITE_MISMATCH: 'invalid_input',
}

/** Tells whether a value is an error thrown by the SQLite driver. */
export function isSqliteError(error: unknown): error is Error & { code: string } {
  return (
    error instanceof Error &&
    error.name === 'SqliteError' &&
    typeof (error as { code?: unknown }).code === 'string'
  )
}

/** The `UpcrossError` code for a SQLite result code such as `SQLITE_CONSTRAINT_PRIMARYKEY`. */
export function errorCodeForSqlite(sqliteCode: string): ErrorCode {
  if (sqliteCode === 'SQLITE_CONSTRAINT_PRIMARYKEY' || sqliteCode === 'SQLITE_CONSTRAINT_UNIQUE') {
    return 'conflict'
  }
  if (sqliteCode.startsWith('SQLITE_CONSTRAINT')) return 'invalid_input'
  const primary = sqliteCode.split('_').slice(0, 2).join('_')
  return BY_PRIMARY[primary] ?? 'internal'
}

/** Turns a driver error into an `UpcrossError`; other values are returned unchanged. */
export function translateSqliteError(error: unknown): unknown {
  if (isUpcrossError(error) || !isSqliteError(error)) return error
  const code = errorCodeForSqlite(error.code)
  return new UpcrossError(code, `database: ${error.message}`, {
    cause: error,
    details: { driverCode: error.code },
  })
}
