/**
 * Migration 0003: the order sequence. Every write of an order (a new order, appended lines)
 * takes the store's next number from `order_sequences` and stores it in `orders.seq`, so a
 * server can read the orders stored after a model was trained ("fresh evidence") from the shared
 * database; each saved model records the sequence at its save (`models.order_seq`). Orders
 * stored before this migration keep a null number: they are older than any model trained after
 * it. Models saved before it have no recorded sequence.
 * @module
 */
import type { Kysely, Migration } from 'kysely'
import { keyText, type SqlFlavor } from './column-types.js'

/** Adds `orders.seq`, its index, the per-store counter table and `models.order_seq`. */
export function createMigration0003(flavor: SqlFlavor): Migration {
  const key = keyText(flavor)
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('orders').addColumn('seq', 'bigint').execute()
      await db.schema
        .createIndex('orders_by_seq')
        .on('orders')
        .columns(['store_id', 'seq'])
        .execute()
      await db.schema
        .createTable('order_sequences')
        .addColumn('store_id', key, (c) => c.notNull().primaryKey())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .execute()
      await db.schema.alterTable('models').addColumn('order_seq', 'bigint').execute()
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('models').dropColumn('order_seq').execute()
      await db.schema.dropTable('order_sequences').execute()
      await db.schema.dropIndex('orders_by_seq').execute()
      await db.schema.alterTable('orders').dropColumn('seq').execute()
    },
  }
}
