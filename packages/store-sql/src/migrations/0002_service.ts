/**
 * Migration 0002: what the HTTP service keeps — tenants and API keys, offer events, versioned
 * documents, trained models and background jobs. Every table but `tenants` is keyed by store.
 * @module
 */
import type { Kysely, Migration } from 'kysely'
import { bytesType, keyText, type SqlFlavor } from './column-types.js'

/** Creates the service tables; `flavor` picks the few types that differ (bytes, key collation). */
export function createMigration0002(flavor: SqlFlavor): Migration {
  const key = keyText(flavor)
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('tenants')
        .addColumn('id', key, (c) => c.notNull().primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute()
      await db.schema
        .createTable('api_keys')
        .addColumn('id', key, (c) => c.notNull().primaryKey())
        .addColumn('store_id', key, (c) => c.notNull().references('tenants.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('revoked_at', 'bigint')
        .execute()
      await db.schema
        .createIndex('api_keys_by_store')
        .on('api_keys')
        .columns(['store_id', 'created_at', 'id'])
        .execute()
      await db.schema
        .createTable('events')
        .addColumn('store_id', key, (c) => c.notNull())
        .addColumn('id', key, (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('sku', 'text')
        .addColumn('offer_id', 'text')
        .addColumn('placement', 'text')
        .addColumn('customer', 'text')
        .addColumn('session', 'text')
        .addColumn('order_id', 'text')
        .addColumn('quantity', 'bigint')
        .addColumn('revenue', 'bigint')
        .addColumn('strategy', 'text')
        .addColumn('holdout', 'integer')
        .addPrimaryKeyConstraint('events_pk', ['store_id', 'id'])
        .execute()
      await db.schema
        .createIndex('events_by_time')
        .on('events')
        .columns(['store_id', 'at'])
        .execute()
      await db.schema
        .createTable('documents')
        .addColumn('store_id', key, (c) => c.notNull())
        .addColumn('name', key, (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('documents_pk', ['store_id', 'name'])
        .execute()
      await db.schema
        .createTable('models')
        .addColumn('store_id', key, (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('bytes', bytesType(flavor), (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('models_pk', ['store_id', 'version'])
        .execute()
      await db.schema
        .createTable('jobs')
        .addColumn('store_id', key, (c) => c.notNull())
        .addColumn('id', key, (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('progress', 'double precision', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('result', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('jobs_pk', ['store_id', 'id'])
        .execute()
      await db.schema
        .createIndex('jobs_by_time')
        .on('jobs')
        .columns(['store_id', 'created_at', 'id'])
        .execute()
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('jobs').execute()
      await db.schema.dropTable('models').execute()
      await db.schema.dropTable('documents').execute()
      await db.schema.dropTable('events').execute()
      await db.schema.dropTable('api_keys').execute()
      await db.schema.dropTable('tenants').execute()
    },
  }
}
