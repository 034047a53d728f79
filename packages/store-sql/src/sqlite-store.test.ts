import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeStoreConformance, sampleOrder } from '@upcross/engine/testing'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { createMigrator, MIGRATION_TABLE, migrationsFor } from './migrations/index.js'
import { openStore } from './open-store.js'
import { connectSqlite, openSqliteStore } from './sqlite-store.js'

const dir = mkdtempSync(join(tmpdir(), 'upcross-sqlite-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0

describeStoreConformance('sqlite :memory:', () => openStore('sqlite::memory:'))
describeStoreConformance('sqlite file', () => openStore(`sqlite:${join(dir, `c${n++}`, 'x.db')}`))

describe('sqlite store', () => {
  it('keeps data across reopening, in WAL mode, migrating once', async () => {
    const file = join(dir, 'reopen', 'nested', 'db.sqlite')
    const first = await openStore(`file://${file}`)
    await first.insertOrders('s', [sampleOrder('o1', 1)])
    await first.upsertProducts('s', [{ sku: 'A', title: 'A', category: '', price: 5 }])
    await first.close()
    const second = await openStore(`sqlite:${file}`)
    expect(await second.countOrders('s')).toBe(1)
    expect(await second.insertOrders('s', [sampleOrder('o1', 1)])).toMatchObject({ inserted: 0 })
    await second.close()
    const raw = new BetterSqlite3(file, { readonly: true })
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(raw.prepare(`select name from ${MIGRATION_TABLE}`).all()).toEqual([
      { name: '0001_init' },
      { name: '0002_service' },
      { name: '0003_order_sequence' },
      { name: '0004_request_counts' },
      { name: '0005_shopper_event_lookups' },
    ])
    expect(raw.prepare('select price, updated_at from products').get()).toMatchObject({ price: 5 })
    raw.close()
  })

  it('syncs every commit to disk (synchronous=FULL), so an acknowledged write is durable', () => {
    const raw = connectSqlite(join(dir, 'pragmas.db'), 100)
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(raw.pragma('synchronous', { simple: true })).toBe(2)
    expect(raw.pragma('foreign_keys', { simple: true })).toBe(1)
    raw.close()
  })

  it('upgrades a database of the first release (0001 only) in place', async () => {
    const file = join(dir, 'upgrade.db')
    const db = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new BetterSqlite3(file) }),
    })
    const first = new Migrator({
      db,
      provider: {
        getMigrations: async () => ({ '0001_init': migrationsFor('sqlite')['0001_init']! }),
      },
      migrationTableName: MIGRATION_TABLE,
      migrationLockTableName: `${MIGRATION_TABLE}_lock`,
    })
    expect((await first.migrateToLatest()).error).toBeUndefined()
    await sql`insert into orders (store_id, order_id, customer_id, ordered_at) values ('s', 'old', '', 1)`.execute(
      db,
    )
    await db.destroy()
    const store = await openSqliteStore(file)
    expect(await store.countOrders('s')).toBe(1)
    await store.appendEvents('s', [{ id: 'e', kind: 'click', at: 1 }])
    expect(await store.listEvents('s')).toEqual([{ id: 'e', kind: 'click', at: 1 }])
    // An order stored before the order sequence (0003) is older than any model trained after
    // it: in every training read, never among the orders after a number.
    expect(await store.lastOrderSeq('s')).toBe(0)
    await store.insertOrders('s', [sampleOrder('new', 2)])
    const trained: string[] = []
    for await (const o of store.streamOrders('s', { throughSeq: 0 })) trained.push(o.id)
    expect(trained).toEqual(['old'])
    const fresh: string[] = []
    for await (const o of store.streamOrdersAfter('s', 0)) fresh.push(o.order.id)
    expect(fresh).toEqual(['new'])
    await store.close()
  })

  it('adds request counts (0004) to a database at 0003, and takes them away again', async () => {
    const file = join(dir, 'upgrade-0003.db')
    const connect = () =>
      new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) })
    const db = connect()
    const to0003 = await createMigrator(db).migrateTo('0003_order_sequence')
    expect(to0003.error).toBeUndefined()
    await sql`insert into orders (store_id, order_id, customer_id, ordered_at, seq) values ('s', 'o', '', 1, 1)`.execute(
      db,
    )
    await db.destroy()
    const store = await openSqliteStore(file)
    expect(await store.countOrders('s')).toBe(1)
    const counts = new Map([['k', 2]])
    expect(await store.addRequestCounts(60_000, counts, 60_000)).toEqual(counts)
    await store.close()
    const raw = new BetterSqlite3(file, { readonly: true })
    expect(raw.prepare('select key_hash, window_start, count from request_counts').all()).toEqual([
      { key_hash: 'k', window_start: 60_000, count: 2 },
    ])
    const indexes = raw.prepare("select name from sqlite_master where type = 'index'").pluck()
    expect(indexes.all()).toContain('request_counts_by_window')
    raw.close()
    const again = connect()
    const down = await createMigrator(again).migrateTo('0003_order_sequence')
    expect(down.error).toBeUndefined()
    expect(down.results?.map((r) => r.migrationName)).toEqual([
      '0005_shopper_event_lookups',
      '0004_request_counts',
    ])
    const tables = await sql<{
      name: string
    }>`select name from sqlite_master where name like 'request_counts%'`.execute(again)
    expect(tables.rows).toEqual([])
    await again.destroy()
    const reopened = await openSqliteStore(file)
    expect(await reopened.countOrders('s')).toBe(1)
    expect(await reopened.addRequestCounts(60_000, counts, 60_000)).toEqual(counts)
    await reopened.close()
  })

  it('finds one shopper’s events by index (0005), not by scanning the store’s month', async () => {
    const file = join(dir, 'upgrade-0004.db')
    const connect = () =>
      new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) })
    const db = connect()
    expect((await createMigrator(db).migrateTo('0004_request_counts')).error).toBeUndefined()
    await db.destroy()
    const store = await openSqliteStore(file)
    await store.appendEvents('s', [
      { id: 'e1', kind: 'dismiss', at: 5, sku: 'A', session: 'x' },
      { id: 'e2', kind: 'dismiss', at: 6, sku: 'B', session: 'y', customer: 'c' },
    ])
    const shopper = { since: 0, until: 10, kinds: ['dismiss' as const] }
    expect((await store.listEvents('s', { ...shopper, session: 'x' })).map((e) => e.id)).toEqual([
      'e1',
    ])
    expect((await store.listEvents('s', { ...shopper, customer: 'c' })).map((e) => e.id)).toEqual([
      'e2',
    ])
    await store.close()
    const raw = new BetterSqlite3(file, { readonly: true })
    const plan = (who: string) =>
      raw
        .prepare(
          `explain query plan select * from events where store_id = ? and at >= ? and at < ? and kind in (?) and ${who} = ? order by at, id`,
        )
        .all('s', 0, 10, 'dismiss', 'x')
        .map((r) => (r as { detail: string }).detail)
        .join('; ')
    expect(plan('session')).toContain('events_by_session')
    expect(plan('customer')).toContain('events_by_customer')
    raw.close()
    const again = connect()
    const down = await createMigrator(again).migrateDown()
    expect(down.results?.map((r) => r.migrationName)).toEqual(['0005_shopper_event_lookups'])
    const left = await sql<{
      name: string
    }>`select name from sqlite_master where name in ('events_by_session', 'events_by_customer')`.execute(
      again,
    )
    expect(left.rows).toEqual([])
    await again.destroy()
  })

  it('stores money and times as integers', async () => {
    const file = join(dir, 'types.db')
    const store = await openSqliteStore(file, { clock: () => 1_700_000_000_000 })
    await store.insertOrders('s', [sampleOrder('o', 1_600_000_000_123, 1)])
    await store.upsertProducts('s', [{ sku: 'A', title: 'A', category: '', price: 1999 }])
    await store.close()
    const raw = new BetterSqlite3(file, { readonly: true })
    const typeOf = (sql: string) => raw.prepare(sql).pluck().get()
    expect(typeOf('select typeof(ordered_at) from orders')).toBe('integer')
    expect(typeOf('select typeof(unit_price) from order_lines')).toBe('integer')
    expect(typeOf('select typeof(price) from products')).toBe('integer')
    expect(typeOf('select updated_at from products')).toBe(1_700_000_000_000)
    raw.close()
  })

  it('answers a locked database with unavailable, not a raw driver error', async () => {
    const file = join(dir, 'locked.db')
    const store = await openSqliteStore(file, { busyTimeoutMs: 10 })
    const other = new BetterSqlite3(file)
    other.exec('begin exclusive')
    try {
      const error = await store.insertOrders('s', [sampleOrder('o', 1)]).catch((e: unknown) => e)
      expect(error).toMatchObject({ name: 'UpcrossError', code: 'unavailable' })
      expect((error as { details?: unknown }).details).toEqual({ driverCode: 'SQLITE_BUSY' })
    } finally {
      other.exec('rollback')
      other.close()
      await store.close()
    }
  })

  it('refuses a file that is not a database, and a newer schema', async () => {
    const junk = join(dir, 'junk.db')
    writeFileSync(junk, 'this is not a database, just some text that is long enough'.repeat(50))
    await expect(openStore(`sqlite:${junk}`)).rejects.toMatchObject({ code: 'unavailable' })
    const newer = join(dir, 'newer.db')
    await (await openStore(`sqlite:${newer}`)).close()
    const raw = new BetterSqlite3(newer)
    raw.prepare(`insert into ${MIGRATION_TABLE} (name, timestamp) values (?, ?)`).run('9999_x', 'x')
    raw.close()
    await expect(openStore(`sqlite:${newer}`)).rejects.toMatchObject({
      code: 'precondition_failed',
    })
  })

  it('refuses use after close', async () => {
    const store = await openStore('sqlite::memory:')
    await store.close()
    await expect(store.countOrders('s')).rejects.toMatchObject({ code: 'unavailable' })
  })
})
