import { afterEach, describe, expect, it, vi } from 'vitest'
import { type Fixture, fixture, type StoreKeys, waitForJob } from '../test-support/fixture.js'
import { trainedStore } from '../test-support/trained-store.js'

let f: Fixture
let others: Fixture[] = []
afterEach(async () => {
  for (const o of others) await o.app.close()
  others = []
  await f.close()
})

interface Reason {
  code: string
  anchor?: string
  orders?: number
  confidence?: number
  support?: number
  source?: string
}
interface Offer {
  sku: string
  reasons: Reason[]
  text: string[]
}
interface Answer {
  modelVersion: number
  offers: Offer[]
  warnings: { code: string; path: unknown[] }[]
}

/** Orders of today: the new product bought with the mug 3 times, with the coffee once. */
const TODAY = [
  { id: 'n1', customer: 'c9', orderedAt: '2024-03-01T10:00:00Z', skus: ['NEW-1', 'MUG-1'] },
  { id: 'n2', orderedAt: '2024-03-01T11:00:00Z', skus: ['NEW-1', 'MUG-1', 'COFFEE-1'] },
  { id: 'n3', customer: 'c2', orderedAt: '2024-03-01T12:00:00Z', skus: ['MUG-1', 'NEW-1'] },
].map(({ skus, ...o }) => ({ ...o, lines: skus.map((sku) => ({ sku, quantity: 1 })) }))

async function postOrders(app: Fixture, keys: StoreKeys, orders: unknown[]): Promise<void> {
  const r = await app.app.inject({
    method: 'POST',
    url: `/v1/stores/${keys.storeId}/orders`,
    headers: app.auth(keys.secret),
    payload: { orders },
  })
  expect(r.statusCode, r.body).toBe(200)
  expect(r.json().inserted).toBe(orders.length)
}

async function offers(app: Fixture, keys: StoreKeys, cart: string): Promise<Answer> {
  const r = await app.app.inject({
    url: `/v1/stores/${keys.storeId}/offers?placement=cart&cart=${cart}&limit=5`,
    headers: app.auth(keys.publishable),
  })
  expect(r.statusCode, r.body).toBe(200)
  return r.json() as Answer
}

const fresh = (o: Offer | undefined) =>
  o?.reasons.find((r) => r.code === 'bought_together' && r.source === 'recent_orders')

/** Asks until the mug is offered for NEW-1 from recent orders (within a poll interval). */
async function untilMugIsOffered(app: Fixture, keys: StoreKeys): Promise<Answer> {
  let answer: Answer | undefined
  await vi.waitFor(
    async () => {
      answer = await offers(app, keys, 'NEW-1')
      expect(fresh(answer.offers.find((o) => o.sku === 'MUG-1'))).toBeDefined()
    },
    { timeout: 5000, interval: 20 },
  )
  return answer!
}

describe('fresh evidence: new products get offers without a retrain', () => {
  it('offers the mug with a new product bought with it since training, with the recent numbers', async () => {
    f = fixture()
    const keys = await trainedStore(f, 'shop')
    // A new product joins the catalog after training.
    const p = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/products',
      headers: f.auth(keys.secret),
      payload: {
        products: [{ sku: 'NEW-1', title: 'Tea infuser', category: 'Kitchen', price: 7 }],
      },
    })
    expect(p.statusCode, p.body).toBe(200)
    // Before any order of it: popular fill only (and this answer is cached).
    const before = await offers(f, keys, 'NEW-1')
    expect(before.offers.length).toBeGreaterThan(0)
    expect(before.offers.every((o) => o.reasons.every((r) => r.code === 'popular'))).toBe(true)
    expect(before.warnings).toEqual([expect.objectContaining({ code: 'unknown_sku' })])

    await postOrders(f, keys, TODAY)
    const after = await untilMugIsOffered(f, keys)
    // No retrain happened: the same model answers, with the evidence of today's orders.
    expect(after.modelVersion).toBe(1)
    const mug = after.offers[0]!
    expect(mug.sku).toBe('MUG-1')
    expect(fresh(mug)).toMatchObject({ anchor: 'NEW-1', orders: 3, confidence: 1 })
    expect(mug.text[0]).toMatch(
      /^100% of recent orders with NEW-1 also had this \(3 orders since the last training, 4\.7× more often than chance\)$/,
    )
    // One order with the coffee is no evidence yet (a pair needs 2 orders, as in training).
    expect(fresh(after.offers.find((o) => o.sku === 'COFFEE-1'))).toBeUndefined()
    expect(after.offers.map((o) => o.sku)).not.toContain('NEW-1')
    // A cart the model knows is answered from the model alone.
    const known = await offers(f, keys, 'LAPTOP-1')
    for (const o of known.offers) expect(fresh(o)).toBeUndefined()
  })

  it('counts orders another instance stored, from the shared store, within its poll interval', async () => {
    f = fixture()
    const keys = await trainedStore(f, 'shop')
    const reader = fixture({ modelPollMs: 20 }, f.store)
    others.push(reader)
    expect((await offers(reader, keys, 'NEW-1')).modelVersion).toBe(1)
    // The orders reach the writing instance only.
    await postOrders(f, keys, TODAY)
    const answer = await untilMugIsOffered(reader, keys)
    expect(fresh(answer.offers[0])).toMatchObject({ anchor: 'NEW-1', orders: 3 })
    // A later order is counted too (the answer cache never serves the older counts).
    await postOrders(f, keys, [
      {
        id: 'n4',
        orderedAt: '2024-03-02T10:00:00Z',
        lines: [
          { sku: 'NEW-1', quantity: 1 },
          { sku: 'MUG-1', quantity: 2 },
        ],
      },
    ])
    await vi.waitFor(
      async () => {
        const later = await offers(reader, keys, 'NEW-1')
        expect(fresh(later.offers[0])).toMatchObject({ anchor: 'NEW-1', orders: 4 })
      },
      { timeout: 5000, interval: 20 },
    )
  })

  it('starts over with each new model: the next training holds the orders itself', async () => {
    f = fixture({ modelPollMs: 0 })
    const keys = await trainedStore(f, 'shop')
    await postOrders(f, keys, TODAY)
    await untilMugIsOffered(f, keys)
    const t = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/train',
      headers: f.auth(keys.secret),
    })
    expect(t.statusCode, t.body).toBe(202)
    expect((await waitForJob(f, keys, t.json().id))['status']).toBe('succeeded')
    await vi.waitFor(
      async () => {
        const answer = await offers(f, keys, 'NEW-1')
        expect(answer.modelVersion).toBe(2)
        // NEW-1 is in the model now: no warning, and the model's own evidence (no double count).
        expect(answer.warnings).toEqual([])
        const mug = answer.offers.find((o) => o.sku === 'MUG-1')!
        expect(mug.reasons[0]).toMatchObject({
          code: 'bought_together',
          anchor: 'NEW-1',
          orders: 3,
        })
        expect(fresh(mug)).toBeUndefined()
      },
      { timeout: 5000, interval: 20 },
    )
    // The new model's fresh evidence starts empty: only orders after it count. Support is over
    // the 33 orders of the model plus the 2 new ones — not the 3 the model already holds again.
    await postOrders(
      f,
      keys,
      ['n5', 'n6'].map((id) => ({
        id,
        orderedAt: '2024-03-03T10:00:00Z',
        lines: [
          { sku: 'NEW-3', quantity: 1 },
          { sku: 'MUG-1', quantity: 1 },
        ],
      })),
    )
    await vi.waitFor(
      async () => {
        const answer = await offers(f, keys, 'NEW-3')
        expect(fresh(answer.offers[0])).toMatchObject({
          anchor: 'NEW-3',
          orders: 2,
          support: Number((2 / 35).toFixed(6)),
        })
      },
      { timeout: 5000, interval: 20 },
    )
  })
})
