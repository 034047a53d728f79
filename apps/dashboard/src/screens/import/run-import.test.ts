import { createUpcrossClient, type UpcrossClient } from '@upcross/client'
import { type App, createApp } from '@upcross/server'
import { openStore } from '@upcross/store-sql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareOrders } from './csv/orders-csv.js'
import type { Prepared } from './csv/prepare.js'
import { prepareProducts } from './csv/products-csv.js'
import { readCsv } from './csv/read-csv.js'
import { batches, ImportStopped, importOrders, importProducts } from './run-import.js'

const ADMIN = 'dashboard-test-admin-token-0123456789abc'

function prepared<T>(p: Prepared<T> | { fatal: string }): Prepared<T> {
  if ('fatal' in p) throw new Error(p.fatal)
  return p
}

describe('batches', () => {
  it('cuts by count and by weight, never leaving an item out', () => {
    expect(batches(5, 2, () => 1, 100)).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ])
    expect(batches(4, 10, (i) => [3, 3, 5, 1][i]!, 6)).toEqual([
      [0, 2],
      [2, 4],
    ])
    expect(batches(1, 10, () => 50, 6)).toEqual([[0, 1]])
    expect(batches(0, 10, () => 1, 6)).toEqual([])
  })
})

describe('importing files into the real server', () => {
  let store: Awaited<ReturnType<typeof openStore>>
  let app: App
  let client: UpcrossClient

  beforeAll(async () => {
    store = await openStore('sqlite::memory:')
    app = createApp({
      store,
      dashboard: false,
      config: { adminToken: ADMIN, logLevel: 'silent', rateLimit: false },
    })
    await app.listen({ host: '127.0.0.1', port: 0 })
    const address = app.server.address()
    const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    const admin = createUpcrossClient({ baseUrl, key: ADMIN })
    await admin.createStore({ id: 's', currency: 'EUR' })
    client = createUpcrossClient({ baseUrl, key: (await admin.createKey('s', 'secret')).key })
  })
  afterAll(async () => {
    await app.close()
    await store.close()
  })

  it('maps the server’s per-record issues back to file lines and columns', async () => {
    const csv =
      'order_id,customer_id,ordered_at,sku,quantity,unit_price\n' +
      'o1,c1,2024-03-01T10:00:00Z,A,1,9.90\n' +
      'o2,c1,2024-03-01T10:00:00,A,1,9.90\n' +
      'o2,c1,2024-03-01T10:00:00,B,1,9.90\n' +
      'o3,c2,2024-03-02,A,1,-1\n' +
      'o3,c2,2024-03-02,B,1,2\n' +
      'o4,c2,2024-03-02,B,0,2\n' +
      'o4,c2,2024-03-02,A,1,2\n'
    const seen: number[] = []
    const report = await importOrders(client, 's', prepared(prepareOrders(readCsv(csv))), (sent) =>
      seen.push(sent),
    )
    expect(seen).toEqual([0, 4])
    expect(report).toMatchObject({
      rows: 7,
      sent: 4,
      inserted: 2,
      duplicates: 0,
      rejectedRecords: 2,
    })
    expect(report.rejected.map((r) => [r.line, r.column, r.code, r.record])).toEqual([
      [3, 'ordered_at', 'invalid_time', 'o2'],
      [4, 'ordered_at', 'invalid_time', 'o2'],
      [5, 'unit_price', 'invalid_price', 'o3'],
      [6, undefined, 'order_rejected', 'o3'],
    ])
    expect(report.excluded.map((r) => [r.line, r.column, r.code])).toEqual([
      [7, 'quantity', 'zero_quantity'],
    ])
    expect(await store.countOrders('s')).toBe(2)
  })

  it('maps product issues, relation columns included', async () => {
    const csv =
      'sku,title,category,price,stock,variant_of,tier\n' +
      'A,Alpha,X,1.00,3,,\n' +
      'B,Beta,X,abc,,,\n' +
      'C,Gamma,X,2.00,x,,\n' +
      'D,Delta,X,2.00,,D,\n'
    const report = await importProducts(
      client,
      's',
      prepared(prepareProducts(readCsv(csv))),
      () => {},
    )
    expect(report).toMatchObject({ sent: 3, inserted: 1, rejectedRecords: 3 })
    expect(report.rejected.map((r) => [r.line, r.column, r.code])).toEqual([
      [3, 'price', 'invalid_price'],
      [4, 'stock', 'invalid_stock'],
      [5, 'variant_of', 'self_relation'],
    ])
  })

  it('stops on a refused batch and reports what went in before it', async () => {
    const denied = createUpcrossClient({ baseUrl: 'http://127.0.0.1:9', key: 'k' })
    const p = prepared(
      prepareOrders(readCsv('order_id,ordered_at,sku,quantity\no9,2024-01-01,A,1\n')),
    )
    const error = await importOrders(denied, 's', p, () => {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportStopped)
    expect((error as ImportStopped).report.sent).toBe(0)
  })
})
