/**
 * The store on SQLite through better-sqlite3 and Kysely: the embedded default.
 * @module
 */
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { createKyselyStore, type SqlStore } from './kysely-store.js'
import { migrateToLatest } from './migrations/index.js'
import type { Database } from './schema.js'
import { translateSqliteError } from './sqlite-errors.js'
import { cachingStatements } from './statement-cache.js'

/** Options of `openSqliteStore`. */
export interface SqliteStoreOptions {
  /** Epoch ms for `updated_at` columns (default `Date.now`). */
  clock?: () => number
  /** How long to wait for another process's write lock before failing `unavailable` (ms, default 5000). */
  busyTimeoutMs?: number
}

/** The file name better-sqlite3 understands as a private in-memory database. */
export const SQLITE_MEMORY = ':memory:'

/** Opens a better-sqlite3 connection with the store's pragmas (WAL, FULL sync, foreign keys). */
export function connectSqlite(filename: string, busyTimeoutMs: number): BetterSqlite3.Database {
  const db = new BetterSqlite3(filename, { timeout: busyTimeoutMs })
  try {
    if (filename !== SQLITE_MEMORY) db.pragma('journal_mode = WAL')
    // WAL + synchronous=FULL: the WAL is fsynced at every commit, so an appended event or order
    // is on disk when its promise resolves and survives a power loss, as the ports promise.
    // (NORMAL only survives a crash of the process: the service acknowledges events to shops
    // that will not resend them.) The cost is one fsync per transaction; imports commit one
    // batch of orders per transaction, so they pay it once per batch, not per order.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * Opens (creating if needed) a SQLite database file, or `:memory:`, and migrates it to the
 * latest schema. The parent directory must exist (`openStore` creates it).
 */
export async function openSqliteStore(
  filename: string,
  options: SqliteStoreOptions = {},
): Promise<SqlStore> {
  let sqlite: BetterSqlite3.Database
  try {
    sqlite = connectSqlite(filename, options.busyTimeoutMs ?? 5000)
  } catch (error) {
    throw translateSqliteError(error)
  }
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: cachingStatements(sqlite) }),
  })
  try {
    await migrateToLatest(db as Kysely<unknown>, translateSqliteError)
  } catch (error) {
    await db.destroy()
    throw error
  }
  return createKyselyStore(db, {
    translate: translateSqliteError,
    ...(options.clock ? { clock: options.clock } : {}),
    close: () => db.destroy(),
  })
}
