/**
 * `openStore(url)`: the adapter is chosen by the URL's scheme.
 * @module
 */
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UpcrossError } from 'upcross'
import type { SqlStore } from './kysely-store.js'
import { openPostgresStore, type PostgresStoreOptions } from './postgres-store.js'
import { openSqliteStore, SQLITE_MEMORY, type SqliteStoreOptions } from './sqlite-store.js'

/** Where a database URL points: a SQLite file or memory, or a PostgreSQL server. */
export type DatabaseLocation =
  | { kind: 'sqlite'; filename: string }
  | { kind: 'postgres'; url: string }

/** Options of `openStore`: each adapter reads its own and ignores the others'. */
export interface OpenStoreOptions extends SqliteStoreOptions, PostgresStoreOptions {
  /** The directory relative SQLite paths are resolved against (default: the process's cwd). */
  cwd?: string
}

/**
 * Parses a database URL: `sqlite:./data/upcross.db`, `sqlite:///abs/x.db`, `sqlite::memory:`,
 * `file:./x.db`, `file:///abs/x.db`, or `postgres://…`/`postgresql://…`. Relative paths are
 * resolved against `cwd` when given. Throws `invalid_input` for anything else.
 */
export function parseDatabaseUrl(url: string, cwd?: string): DatabaseLocation {
  const text = url.trim()
  const file = (path: string): DatabaseLocation => {
    if (path === '') throw new UpcrossError('invalid_input', `database URL ${url} has no path`)
    if (path === SQLITE_MEMORY) return { kind: 'sqlite', filename: SQLITE_MEMORY }
    return { kind: 'sqlite', filename: cwd === undefined ? path : resolve(cwd, path) }
  }
  if (/^postgres(ql)?:\/\//i.test(text)) return { kind: 'postgres', url: text }
  if (/^sqlite:\/\//i.test(text)) return file(text.slice('sqlite://'.length))
  if (/^sqlite:/i.test(text)) return file(text.slice('sqlite:'.length))
  if (/^file:\/\//i.test(text)) {
    try {
      return file(fileURLToPath(text))
    } catch (error) {
      throw new UpcrossError('invalid_input', `database URL ${url} is not a valid file URL`, {
        cause: error,
      })
    }
  }
  if (/^file:/i.test(text)) return file(text.slice('file:'.length))
  throw new UpcrossError(
    'invalid_input',
    `unsupported database URL ${JSON.stringify(url)}: use sqlite:<path>, sqlite::memory:, file:<path> or postgres://…`,
  )
}

/**
 * Opens the store a database URL points at, migrated to the latest schema: SQLite (creating the
 * parent directory of its file) or PostgreSQL.
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<SqlStore> {
  const location = parseDatabaseUrl(url, options.cwd ?? process.cwd())
  if (location.kind === 'postgres') {
    const { clock, schema, maxConnections, connectTimeoutMs } = options
    return openPostgresStore(location.url, {
      ...(clock ? { clock } : {}),
      ...(schema === undefined ? {} : { schema }),
      ...(maxConnections === undefined ? {} : { maxConnections }),
      ...(connectTimeoutMs === undefined ? {} : { connectTimeoutMs }),
    })
  }
  if (location.filename !== SQLITE_MEMORY) {
    try {
      mkdirSync(dirname(location.filename), { recursive: true })
    } catch (error) {
      throw new UpcrossError(
        'unavailable',
        `cannot create the directory of ${location.filename}: ${(error as Error).message}`,
        { cause: error },
      )
    }
  }
  const { clock, busyTimeoutMs } = options
  return openSqliteStore(location.filename, {
    ...(clock ? { clock } : {}),
    ...(busyTimeoutMs === undefined ? {} : { busyTimeoutMs }),
  })
}
