/**
 * Migration 0005: shopper event lookups. With the default guard rails every offers request that
 * names a session or a customer reads that shopper's recent events (dismissals, impressions for
 * frequency caps). `events_by_time` (store, time) made that read scan every event of the store in
 * the guards' window — a month of a busy store's events per request. These two indexes find one
 * shopper's events directly.
 * @module
 */
import type { Kysely, Migration } from 'kysely'

/**
 * Adds `events_by_session` and `events_by_customer`: (store, shopper, time, id), the read's order,
 * so that SQLite picks them without statistics and reads them already sorted.
 */
export function createMigration0005(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createIndex('events_by_session')
        .on('events')
        .columns(['store_id', 'session', 'at', 'id'])
        .execute()
      await db.schema
        .createIndex('events_by_customer')
        .on('events')
        .columns(['store_id', 'customer', 'at', 'id'])
        .execute()
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('events_by_customer').execute()
      await db.schema.dropIndex('events_by_session').execute()
    },
  }
}
