/**
 * Migration 0001: products, orders and order lines, keyed so that imports are idempotent.
 * @module
 */
import type { Kysely, Migration } from 'kysely'
import { keyText, type SqlFlavor } from './column-types.js'

/**
 * Creates the catalog and order tables and the index `streamOrders` reads through. Key columns
 * sort by code point on every database (`keyText`); on SQLite the SQL is the same as it was
 * before PostgreSQL support, so existing databases are unaffected.
 */
export function createMigration0001(flavor: SqlFlavor): Migration {
  const key = keyText(flavor)
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('products')
        .addColumn('store_id', key, (c) => c.notNull())
        .addColumn('sku', key, (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('price', 'bigint')
        .addColumn('cost', 'bigint')
        .addColumn('stock', 'bigint')
        .addColumn('tags', 'text')
        .addColumn('relations', 'text')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('products_pk', ['store_id', 'sku'])
        .execute()
      await db.schema
        .createTable('orders')
        .addColumn('store_id', key, (c) => c.notNull())
        .addColumn('order_id', key, (c) => c.notNull())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('ordered_at', 'bigint')
        .addPrimaryKeyConstraint('orders_pk', ['store_id', 'order_id'])
        .execute()
      await db.schema
        .createTable('order_lines')
        .addColumn('store_id', key, (c) => c.notNull())
        .addColumn('order_id', key, (c) => c.notNull())
        .addColumn('line_no', 'integer', (c) => c.notNull())
        .addColumn('sku', key, (c) => c.notNull())
        .addColumn('quantity', 'integer', (c) => c.notNull())
        .addColumn('unit_price', 'bigint')
        .addPrimaryKeyConstraint('order_lines_pk', ['store_id', 'order_id', 'line_no'])
        .addForeignKeyConstraint(
          'order_lines_order_fk',
          ['store_id', 'order_id'],
          'orders',
          ['store_id', 'order_id'],
          (fk) => fk.onDelete('cascade'),
        )
        .execute()
      await db.schema
        .createIndex('orders_by_time')
        .on('orders')
        .columns(['store_id', 'ordered_at', 'order_id'])
        .execute()
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('orders_by_time').execute()
      await db.schema.dropTable('order_lines').execute()
      await db.schema.dropTable('orders').execute()
      await db.schema.dropTable('products').execute()
    },
  }
}
