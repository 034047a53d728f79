/**
 * Migration 0004: request counts. Every instance of a deployment adds the requests it served per
 * API key (by key hash) and fixed window to `request_counts`, so a per-key rate limit holds for
 * the deployment rather than for each instance. Rows are short-lived: each addition deletes
 * windows older than the limiter keeps, through `request_counts_by_window`.
 * @module
 */
import type { Kysely, Migration } from 'kysely'
import { keyText, type SqlFlavor } from './column-types.js'

/** Creates `request_counts`, keyed by key hash and window start, and its pruning index. */
export function createMigration0004(flavor: SqlFlavor): Migration {
  const key = keyText(flavor)
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('request_counts')
        .addColumn('key_hash', key, (c) => c.notNull())
        .addColumn('window_start', 'bigint', (c) => c.notNull())
        .addColumn('count', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('request_counts_pk', ['key_hash', 'window_start'])
        .execute()
      await db.schema
        .createIndex('request_counts_by_window')
        .on('request_counts')
        .column('window_start')
        .execute()
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('request_counts_by_window').execute()
      await db.schema.dropTable('request_counts').execute()
    },
  }
}
