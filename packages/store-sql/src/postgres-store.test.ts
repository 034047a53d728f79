/**
 * The store on PostgreSQL: the conformance suite plus PostgreSQL specifics. Needs a server:
 * `scripts/with-postgres.sh npx vitest run packages/store-sql` starts a throwaway one. In CI
 * (`CI=true`) a missing server is a failure, never a silent skip.
 */
import type { Store } from '@upcross/engine'
import { describeStoreConformance, sampleOrder } from '@upcross/engine/testing'
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { createMigrator, MIGRATION_TABLE } from './migrations/index.js'
import { openStore } from './open-store.js'
import { openPostgresStore } from './postgres-store.js'

const url = process.env.UPCROSS_TEST_POSTGRES_URL
const HOW = 'run the tests through scripts/with-postgres.sh, or set UPCROSS_TEST_POSTGRES_URL'

if (url === undefined || url === '') {
  if (process.env.CI === 'true') {
    describe('PostgreSQL store', () => {
      it('has a server to test against', () => {
        throw new Error(`UPCROSS_TEST_POSTGRES_URL is not set in CI: ${HOW}`)
      })
    })
  } else {
    describe.skip(`PostgreSQL store (skipped: ${HOW})`, () => {
      it('conformance', () => undefined)
    })
  }
} else {
  describePostgres(url)
}

function describePostgres(url: string): void {
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }),
  })
  afterAll(() => admin.destroy())
  let n = 0
  const freshSchema = (): string => `upx_t${process.pid}_${n++}`
  const dropSchema = (schema: string) =>
    sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin)

  /** A store in a schema of its own, dropped when the store is closed. */
  async function isolatedStore(schema = freshSchema()): Promise<Store> {
    const store = await openStore(url, { schema })
    return {
      ...store,
      async close() {
        await store.close()
        await dropSchema(schema)
      },
    }
  }

  describeStoreConformance('postgres', () => isolatedStore())

  describe('postgres store', () => {
    it('keeps data across reopening and migrates once', async () => {
      const schema = freshSchema()
      try {
        const first = await openPostgresStore(url, { schema })
        await first.insertOrders('s', [sampleOrder('o1', 1_600_000_000_123)])
        await first.close()
        const second = await openPostgresStore(url, { schema })
        expect(await second.countOrders('s')).toBe(1)
        expect(await second.insertOrders('s', [sampleOrder('o1', 1)])).toMatchObject({
          inserted: 0,
        })
        await second.close()
        const names = await sql<{
          name: string
        }>`select name from ${sql.id(schema, MIGRATION_TABLE)} order by name`.execute(admin)
        expect(names.rows.map((r) => r.name)).toEqual([
          '0001_init',
          '0002_service',
          '0003_order_sequence',
          '0004_request_counts',
          '0005_shopper_event_lookups',
        ])
      } finally {
        await dropSchema(schema)
      }
    })

    it('sorts keys by code point whatever the database locale (collation "C")', async () => {
      const schema = freshSchema()
      try {
        await (await openPostgresStore(url, { schema })).close()
        const keys = [
          'products.store_id',
          'products.sku',
          'orders.order_id',
          'order_lines.order_id',
          'order_lines.sku',
          'tenants.id',
          'api_keys.id',
          'events.id',
          'documents.name',
          'models.store_id',
          'jobs.id',
          'request_counts.key_hash',
        ]
        const rows = await sql<{ key: string; collation: string | null }>`
          select table_name || '.' || column_name as key, collation_name as collation
          from information_schema.columns where table_schema = ${schema}`.execute(admin)
        const collations = new Map(rows.rows.map((r) => [r.key, r.collation]))
        for (const key of keys) expect(collations.get(key), key).toBe('C')
      } finally {
        await dropSchema(schema)
      }
    })

    it('lets two instances share one schema: both see every write, versions never clash', async () => {
      const schema = freshSchema()
      try {
        const [a, b] = await Promise.all([
          openPostgresStore(url, { schema }),
          openPostgresStore(url, { schema }),
        ])
        await a.appendEvents('s', [{ id: 'e1', kind: 'click', at: 1 }])
        expect(await b.appendEvents('s', [{ id: 'e1', kind: 'click', at: 1 }])).toEqual({
          inserted: 0,
          duplicates: 1,
        })
        const versions = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            (i % 2 ? a : b).saveModel('s', new Uint8Array([i]), i),
          ),
        )
        expect([...versions].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
        await a.putDocument('s', 'rules', { v: 0 }, 1)
        const writes = await Promise.allSettled(
          [a, b, a, b].map((s, i) => s.putDocument('s', 'rules', { v: i }, 2, 1)),
        )
        expect(writes.filter((w) => w.status === 'fulfilled')).toHaveLength(1)
        expect((await b.getDocument('s', 'rules'))?.version).toBe(2)
        await a.close()
        await b.close()
      } finally {
        await dropSchema(schema)
      }
    })

    it('commits the order writes of two instances in sequence order, so no reader skips one', async () => {
      const schema = freshSchema()
      try {
        const [a, b] = await Promise.all([
          openPostgresStore(url, { schema }),
          openPostgresStore(url, { schema }),
        ])
        await a.insertOrders('s', [sampleOrder('first', 1)])
        const mark = await a.lastOrderSeq('s')
        let release!: () => void
        const held = new Promise<void>((resolve) => {
          release = resolve
        })
        // `a` takes its number and holds its transaction open; `b` must wait for it to commit,
        // or a reader at b's number would never see a's order, committed later with a lower one.
        const slow = a.transaction(async (tx) => {
          await tx.insertOrders('s', [sampleOrder('slow', 2)])
          await held
        })
        await new Promise((resolve) => setTimeout(resolve, 50))
        let bDone = false
        const fast = b.insertOrders('s', [sampleOrder('fast', 3)]).then(() => {
          bDone = true
        })
        await new Promise((resolve) => setTimeout(resolve, 200))
        expect(bDone).toBe(false)
        const seen: string[] = []
        for await (const o of b.streamOrdersAfter('s', mark)) seen.push(o.order.id)
        expect(seen).toEqual([])
        release()
        await Promise.all([slow, fast])
        const after: { id: string; seq: number }[] = []
        for await (const o of b.streamOrdersAfter('s', mark))
          after.push({ id: o.order.id, seq: o.seq })
        expect(after.map((o) => o.id)).toEqual(['slow', 'fast'])
        expect(after[1]!.seq).toBe(await a.lastOrderSeq('s'))
        await a.close()
        await b.close()
      } finally {
        await dropSchema(schema)
      }
    })

    it('lets two instances add request counts at once: no count lost, no deadlock', async () => {
      const schema = freshSchema()
      try {
        const [a, b] = await Promise.all([
          openPostgresStore(url, { schema }),
          openPostgresStore(url, { schema }),
        ])
        const keys = Array.from({ length: 30 }, (_, i) => `k${i}`)
        // Each call names every key, half of them in reverse order: rows are locked in one order
        // whatever the order of the map, or two instances' upserts could deadlock.
        const calls = Array.from({ length: 16 }, (_, i) => {
          const ordered = i % 4 < 2 ? keys : [...keys].reverse()
          return (i % 2 ? a : b).addRequestCounts(
            60_000,
            new Map(ordered.map((k) => [k, 1])),
            60_000,
          )
        })
        const results = await Promise.all(calls)
        const seen = results.map((r) => r.get('k0')).sort((x, y) => (x ?? 0) - (y ?? 0))
        expect(seen).toEqual(Array.from({ length: 16 }, (_, i) => i + 1))
        const totals = await b.addRequestCounts(60_000, new Map(keys.map((k) => [k, 1])), 60_000)
        expect([...totals.values()].every((n) => n === 17)).toBe(true)
        expect(totals.size).toBe(30)
        await a.close()
        await b.close()
      } finally {
        await dropSchema(schema)
      }
    })

    it('adds request counts (0004) to a schema at 0003, and takes them away again', async () => {
      const schema = freshSchema()
      const connect = () =>
        new Kysely<unknown>({
          dialect: new PostgresDialect({
            pool: new pg.Pool({
              connectionString: url,
              max: 1,
              options: `-c search_path=${schema}`,
            }),
          }),
        })
      try {
        await sql`create schema ${sql.id(schema)}`.execute(admin)
        const db = connect()
        const to0003 = await createMigrator(db, { flavor: 'postgres', schema }).migrateTo(
          '0003_order_sequence',
        )
        expect(to0003.error).toBeUndefined()
        await db.destroy()
        const store = await openPostgresStore(url, { schema })
        const counts = new Map([['k', 2]])
        expect(await store.addRequestCounts(60_000, counts, 60_000)).toEqual(counts)
        await store.close()
        const again = connect()
        const down = await createMigrator(again, { flavor: 'postgres', schema }).migrateTo(
          '0003_order_sequence',
        )
        expect(down.error).toBeUndefined()
        expect(down.results?.map((r) => r.migrationName)).toEqual([
          '0005_shopper_event_lookups',
          '0004_request_counts',
        ])
        const left = await sql<{ name: string }>`
          select relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = ${schema} and relname like 'request_counts%'`.execute(admin)
        expect(left.rows).toEqual([])
        await again.destroy()
        const reopened = await openPostgresStore(url, { schema })
        expect(await reopened.addRequestCounts(60_000, counts, 60_000)).toEqual(counts)
        await reopened.close()
      } finally {
        await dropSchema(schema)
      }
    })

    it('indexes one shopper’s events (0005), and takes the indexes away again', async () => {
      const schema = freshSchema()
      const indexes = async () =>
        (
          await sql<{ name: string }>`
            select indexname as name from pg_indexes
            where schemaname = ${schema} and indexname in ('events_by_session', 'events_by_customer')
            order by indexname`.execute(admin)
        ).rows.map((r) => r.name)
      try {
        const store = await openPostgresStore(url, { schema })
        expect(await indexes()).toEqual(['events_by_customer', 'events_by_session'])
        await store.appendEvents('s', [{ id: 'e', kind: 'dismiss', at: 5, sku: 'A', session: 'x' }])
        const found = await store.listEvents('s', { since: 0, until: 10, session: 'x' })
        expect(found.map((e) => e.id)).toEqual(['e'])
        await store.close()
        const db = new Kysely<unknown>({
          dialect: new PostgresDialect({
            pool: new pg.Pool({
              connectionString: url,
              max: 1,
              options: `-c search_path=${schema}`,
            }),
          }),
        })
        const down = await createMigrator(db, { flavor: 'postgres', schema }).migrateDown()
        expect(down.results?.map((r) => r.migrationName)).toEqual(['0005_shopper_event_lookups'])
        expect(await indexes()).toEqual([])
        await db.destroy()
      } finally {
        await dropSchema(schema)
      }
    })

    it('translates driver errors: a NUL byte is invalid input, nothing raw leaks', async () => {
      const store = await isolatedStore()
      try {
        const error = await store
          .appendEvents('s', [{ id: 'e', kind: 'click', at: 1, sku: 'a\u0000b' }])
          .catch((e: unknown) => e)
        expect(error).toMatchObject({ name: 'UpcrossError', code: 'invalid_input' })
        expect(await store.listEvents('s')).toEqual([])
      } finally {
        await store.close()
      }
    })

    it('refuses a schema migrated by a newer upcross', async () => {
      const schema = freshSchema()
      try {
        await (await openPostgresStore(url, { schema })).close()
        await sql`insert into ${sql.id(schema, MIGRATION_TABLE)} (name, timestamp) values ('9999_x', 'x')`.execute(
          admin,
        )
        await expect(openPostgresStore(url, { schema })).rejects.toMatchObject({
          code: 'precondition_failed',
        })
      } finally {
        await dropSchema(schema)
      }
    })

    it('refuses use after close', async () => {
      const store = await isolatedStore()
      await store.close()
      await expect(store.countOrders('s')).rejects.toMatchObject({ code: 'unavailable' })
    })
  })
}
