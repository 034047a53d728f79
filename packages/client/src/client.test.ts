import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUpcrossClient } from './client.js'
import { isUpcrossApiError, UpcrossApiError } from './errors.js'
import { ADMIN_TOKEN, type LiveServer, startLiveServer } from './test-support/live-server.js'

/** Resolves to the error a call throws (fails the test when it does not throw). */
async function failure(call: Promise<unknown>): Promise<UpcrossApiError> {
  try {
    await call
  } catch (error) {
    if (error instanceof UpcrossApiError) return error
    throw error
  }
  throw new Error('expected the call to fail')
}

const ORDERS = [
  {
    id: 'o1',
    customer: 'c1',
    orderedAt: '2024-03-01T10:00:00Z',
    lines: [
      { sku: 'LAPTOP', quantity: 1, unitPrice: '899.00' },
      { sku: 'BAG', quantity: 1, unitPrice: 39.9 },
    ],
  },
  {
    id: 'o2',
    orderedAt: '2024-03-02',
    lines: [
      { sku: 'LAPTOP', quantity: 1 },
      { sku: 'BAG', quantity: 1 },
      { sku: 'MOUSE', quantity: 2 },
    ],
  },
  { id: 'o3', orderedAt: '2024-03-03T12:00:00', lines: [{ sku: 'MOUSE', quantity: 1 }] },
  { id: 'o4', orderedAt: '2024-03-04', lines: [{ sku: 'BAG', quantity: 1, unitPrice: '-3' }] },
]

describe('createUpcrossClient against the real server', () => {
  let server: LiveServer

  beforeAll(async () => {
    server = await startLiveServer()
  })
  afterAll(() => server.close())

  it('reads the store summary with the secret key', async () => {
    const summary = await server.client.getStore(server.storeId)
    expect(summary.store).toMatchObject({ id: 'shop', name: 'Test shop', currency: 'EUR' })
    expect(summary).toMatchObject({ products: 0, orders: 0, modelVersion: 0 })
  })

  it('imports products and reports each rejected one with its path', async () => {
    const report = await server.client.upsertProducts(server.storeId, [
      { sku: 'LAPTOP', title: 'Laptop 14"', price: '899.00', cost: 700 },
      { sku: 'BAG', title: 'Laptop bag', price: 39.9, relations: { accessory_of: ['LAPTOP'] } },
      { sku: 'MOUSE', title: 'Mouse', price: 'cheap' },
    ])
    expect(report).toMatchObject({ received: 3, inserted: 2, rejected: 1 })
    expect(report.issues).toHaveLength(1)
    expect(report.issues[0]).toMatchObject({
      code: 'invalid_price',
      path: ['products', 2, 'price'],
    })
    const bag = await server.client.getProduct(server.storeId, 'BAG')
    expect(bag).toMatchObject({ sku: 'BAG', price: 39.9, relations: { accessory_of: ['LAPTOP'] } })
  })

  it('imports orders, keeps the valid ones, and is idempotent by order id', async () => {
    const first = await server.client.addOrders(server.storeId, ORDERS)
    expect(first).toMatchObject({ received: 4, inserted: 2, rejected: 2, duplicates: 0 })
    expect(first.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_time', ['orders', 2, 'orderedAt']],
      ['invalid_price', ['orders', 3, 'lines', 0, 'unitPrice']],
    ])
    const again = await server.client.addOrders(server.storeId, ORDERS.slice(0, 2))
    expect(again).toMatchObject({ inserted: 0, duplicates: 2, duplicateIds: ['o1', 'o2'] })
  })

  it('trains, follows the job, and serves offers with their reasons', async () => {
    let job = await server.client.train(server.storeId)
    while (job.status === 'queued' || job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20))
      job = await server.client.getJob(server.storeId, job.id)
    }
    expect(job.status).toBe('succeeded')
    expect((await server.client.listJobs(server.storeId, 5))[0]?.id).toBe(job.id)
    const answer = await server.client.offers(server.storeId, {
      placement: 'cart',
      cart: ['LAPTOP'],
      limit: 3,
    })
    expect(answer.offers.map((o) => o.sku)).toContain('BAG')
    const bag = answer.offers.find((o) => o.sku === 'BAG')!
    expect(bag.text.length).toBe(bag.reasons.length)
    expect(bag.id).toMatch(new RegExp(`^${answer.requestId}\\.`))
  })

  it('the publishable key serves offers and takes events, and nothing else', async () => {
    const shop = createUpcrossClient({ baseUrl: server.baseUrl, key: server.publishable })
    const answer = await shop.offers(server.storeId, { cart: ['LAPTOP'] })
    const report = await shop.sendEvents(server.storeId, [
      { id: 'e1', kind: 'impression', offerId: answer.offers[0]!.id, placement: 'cart' },
    ])
    expect(report).toMatchObject({ inserted: 1, rejected: 0 })
    const denied = await failure(shop.getStore(server.storeId))
    expect(denied).toMatchObject({ status: 403, code: 'forbidden' })
  })

  it('writes configuration documents with versions, and surfaces validation issues with paths', async () => {
    const { storeId, client } = server
    expect(await client.getConfig(storeId, 'thresholds')).toBeUndefined()
    const value = {
      rule_sets: [
        { currency: 'EUR', tiers: [{ threshold: 5000, reward: { kind: 'free_shipping' } }] },
      ],
    }
    const written = await client.putConfig(storeId, 'thresholds', value, { create: true })
    expect(written).toMatchObject({ name: 'thresholds', version: 1, value })
    expect(await client.getConfig(storeId, 'thresholds')).toMatchObject({ version: 1 })

    const stale = await failure(client.putConfig(storeId, 'thresholds', value, { ifMatch: 7 }))
    expect(stale).toMatchObject({ status: 412, code: 'precondition_failed' })

    const bad = {
      rule_sets: [
        { currency: 'euro', tiers: [{ threshold: -1, reward: { kind: 'free_shipping' } }] },
      ],
    }
    const invalid = await failure(client.putConfig(storeId, 'thresholds', bad, { ifMatch: 1 }))
    expect(invalid.code).toBe('invalid_input')
    expect(invalid.status).toBe(400)
    expect(invalid.requestId).not.toBe('')
    expect(invalid.issues.map((i) => i.path)).toEqual([
      ['value', 'rule_sets', 0, 'currency'],
      ['value', 'rule_sets', 0, 'tiers', 0, 'threshold'],
    ])
  })

  it('surfaces a bad key and bad input as {code, message, issues, requestId}', async () => {
    const stranger = createUpcrossClient({ baseUrl: server.baseUrl, key: 'upx_sk_nope' })
    const unauthorized = await failure(stranger.getStore(server.storeId))
    expect(unauthorized).toMatchObject({ status: 401, code: 'unauthorized', issues: [] })
    expect(unauthorized.requestId).not.toBe('')
    expect(isUpcrossApiError(unauthorized, 'unauthorized')).toBe(true)

    const invalid = await failure(
      server.client.offers(server.storeId, { limit: 0 } as { limit: number }),
    )
    expect(invalid.code).toBe('invalid_input')
    expect(invalid.issues[0]?.path).toEqual(['limit'])

    const missing = await failure(server.client.getProduct(server.storeId, 'NOPE'))
    expect(missing).toMatchObject({ status: 404, code: 'not_found' })
  })

  it('reaches routes without a method through request(), with the same errors', async () => {
    const admin = createUpcrossClient({ baseUrl: `${server.baseUrl}/`, key: ADMIN_TOKEN })
    const stores = await admin.request<{ stores: { id: string }[] }>('GET', '/v1/stores')
    expect(stores.stores.map((s) => s.id)).toEqual(['shop'])
    expect(await admin.listStores()).toHaveLength(1)
    const unknown = await failure(admin.request('GET', '/v1/stores/shop/nothing-here'))
    expect(unknown).toMatchObject({ status: 404, code: 'not_found' })
  })

  it('issues, lists and revokes keys', async () => {
    const { storeId, client } = server
    const issued = await client.createKey(storeId, 'publishable')
    expect(issued.key).toMatch(/^upx_pk_/)
    expect((await client.listKeys(storeId)).map((k) => k.id)).toContain(issued.id)
    await client.revokeKey(storeId, issued.id)
    const revoked = createUpcrossClient({ baseUrl: server.baseUrl, key: issued.key })
    expect((await failure(revoked.offers(storeId, {}))).code).toBe('unauthorized')
  })

  it('asks for a shopper’s assignment with the publishable key and for analytics with the secret key', async () => {
    const { storeId, client } = server
    await client.putConfig(storeId, 'holdout', { share: 1 })
    const shop = createUpcrossClient({ baseUrl: server.baseUrl, key: server.publishable })
    expect(await shop.assignment(storeId, { session: 's-1' })).toMatchObject({
      unit: 's-1',
      unitKind: 'session',
      holdout: true,
      experiments: [],
    })
    await shop.sendEvents(storeId, [
      {
        id: 'buy-1',
        kind: 'purchase',
        orderId: 'w1',
        sku: 'BAG',
        revenue: '39.90',
        session: 's-1',
      },
    ])
    const report = await client.analytics(storeId)
    expect(report.currency).toBe('EUR')
    expect(report.totals.orders).toBe(0) // the only buyer is held out
    expect(report.lift?.control).toMatchObject({ units: 1, revenue: 3990 })
    expect(report.lift?.treated.revenuePerUnit).toBeNull()
    expect((await failure(shop.analytics(storeId))).code).toBe('forbidden')
  })
})

describe('createUpcrossClient without a server', () => {
  it('reports a request that got no answer as network_error', async () => {
    const client = createUpcrossClient({ baseUrl: 'http://127.0.0.1:9', key: 'k' })
    const error = await failure(client.getStore('shop'))
    expect(error).toMatchObject({ code: 'network_error', status: 0, requestId: '' })
  })

  it('reports an answer that is not an upcross error body by its status', async () => {
    const proxy = async () => new Response('<html>Bad gateway</html>', { status: 502 })
    const client = createUpcrossClient({ baseUrl: 'http://x', key: 'k', fetch: proxy })
    expect(await failure(client.getStore('shop'))).toMatchObject({ code: 'http_502', status: 502 })
    expect(await failure(client.request('GET', '/v1/stores'))).toMatchObject({ code: 'http_502' })
  })
})
