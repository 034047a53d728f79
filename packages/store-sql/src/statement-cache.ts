/**
 * Prepared statements kept per SQL text. Kysely's SQLite driver prepares every statement it
 * runs; preparing costs more than running most of the store's reads (measured: about a sixth of
 * an offers request that reads a shopper's events). The store's SQL texts are few (values are
 * parameters), so each is prepared once.
 * @module
 */
import type { SqliteDatabase, SqliteStatement } from 'kysely'

/** What the cache needs of a better-sqlite3 statement besides Kysely's interface. */
interface Statement extends SqliteStatement {
  /** True while an iteration (a streamed read) is under way: it cannot run again meanwhile. */
  readonly busy: boolean
}

/** What the cache needs of a better-sqlite3 database. */
interface Database {
  close(): void
  prepare(sql: string): Statement
}

/**
 * `db` for Kysely's SQLite dialect, preparing each SQL text once; at most `max` are kept (the
 * least recently used goes first). A statement that is still iterating is never handed out
 * again: a second, concurrent use gets a statement of its own.
 */
export function cachingStatements(db: Database, max = 500): SqliteDatabase {
  const kept = new Map<string, Statement>()
  return {
    prepare(sql) {
      const found = kept.get(sql)
      if (found !== undefined && !found.busy) {
        kept.delete(sql)
        kept.set(sql, found)
        return found
      }
      const statement = db.prepare(sql)
      if (found === undefined) {
        if (kept.size >= max) kept.delete(kept.keys().next().value!)
        kept.set(sql, statement)
      }
      return statement
    },
    close() {
      kept.clear()
      db.close()
    },
  }
}
