import { createMemoryStore } from '@upcross/engine'
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

/** Trains the store again and waits for the job to succeed. */
async function retrain(app: Fixture, keys: StoreKeys): Promise<void> {
  const t = await app.app.inject({
    method: 'POST',
    url: `/v1/stores/${keys.storeId}/train`,
    headers: app.auth(keys.secret),
  })
  expect(t.statusCode, t.body).toBe(202)
  expect((await waitForJob(app, keys, t.json().id))['status']).toBe('succeeded')
}

describe('fresh evidence: new products get offers without a retrain', () => {
  it('offers the mug with a new product bought with it since training, with the recent numbers', async () => {
    f = fixture()
    const keys = await trainedStore(f, 'shop')
    // A new product joins the catalog after training.
    await addNewProduct(f, keys)
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
      // NEW-1 is named by its catalog title, read with the fresh evidence.
      /^100% of recent orders with Tea infuser also had this \(3 orders since the last training, 4\.7× more often than chance\)$/,
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
    await retrain(f, keys)
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

/** Orders of today: the mug with NEW-1 (in the catalog) and NEW-2 (not in it), 3 times. */
const WITH_NEW = ['m1', 'm2', 'm3'].map((id, k) => ({
  id,
  orderedAt: `2024-03-01T1${k}:00:00Z`,
  lines: ['MUG-1', 'NEW-1', 'NEW-2'].map((sku) => ({ sku, quantity: 1 })),
}))

const MUG = '/v1/stores/shop/offers?placement=cart&cart=MUG-1&limit=10'

async function addNewProduct(app: Fixture, keys: StoreKeys): Promise<void> {
  const p = await app.app.inject({
    method: 'POST',
    url: `/v1/stores/${keys.storeId}/products`,
    headers: app.auth(keys.secret),
    payload: {
      products: [{ sku: 'NEW-1', title: 'Tea infuser', category: 'Kitchen', price: 7 }],
    },
  })
  expect(p.statusCode, p.body).toBe(200)
}

async function mugOffers(app: Fixture, keys: StoreKeys): Promise<Answer> {
  const r = await app.app.inject({ url: MUG, headers: app.auth(keys.publishable) })
  expect(r.statusCode, r.body).toBe(200)
  return r.json() as Answer
}

describe('fresh evidence: new products are offered without a retrain', () => {
  it('offers a new product of the catalog with a known cart item, never one without a price', async () => {
    f = fixture()
    const keys = await trainedStore(f, 'shop')
    await addNewProduct(f, keys)
    // Answered (and cached) before the orders: the model's offers only (prices in minor units).
    const before = await mugOffers(f, keys)
    expect(before.offers.map((o) => o.sku)).not.toContain('NEW-1')
    await postOrders(f, keys, WITH_NEW)
    let answer: Answer | undefined
    await vi.waitFor(
      async () => {
        answer = await mugOffers(f, keys)
        expect(fresh(answer.offers.find((o) => o.sku === 'NEW-1'))).toBeDefined()
      },
      { timeout: 5000, interval: 20 },
    )
    const infuser = answer!.offers.find((o) => o.sku === 'NEW-1')!
    expect(answer!.modelVersion).toBe(1)
    expect(fresh(infuser)).toMatchObject({ anchor: 'MUG-1', orders: 3, confidence: 1 })
    expect(infuser).toMatchObject({ title: 'Tea infuser', price: 700 })
    // NEW-2 was in the same orders but is not in the catalog: no price, never offered.
    expect(answer!.offers.map((o) => o.sku)).not.toContain('NEW-2')
    // The mug's known partners keep the model's evidence.
    for (const o of answer!.offers) if (o.sku !== 'NEW-1') expect(fresh(o)).toBeUndefined()

    // After a retrain NEW-1 is in the model: its reason is the model's, not the recent orders'.
    await retrain(f, keys)
    await vi.waitFor(
      async () => {
        const after = await mugOffers(f, keys)
        expect(after.modelVersion).toBe(2)
        const again = after.offers.find((o) => o.sku === 'NEW-1')!
        expect(again.reasons[0]).toMatchObject({ code: 'bought_together', anchor: 'MUG-1' })
        expect(fresh(again)).toBeUndefined()
        // (NEW-2 is in the model now too, as any product ordered: the model's rules apply.)
      },
      { timeout: 5000, interval: 20 },
    )
  })

  it('picks the new product up in the express lane, whose memo never hides it', async () => {
    const store = createMemoryStore()
    const setup = fixture({}, store)
    const keys = await trainedStore(setup, 'shop')
    await setup.app.close()
    f = fixture({}, store)
    const seen: string[] = []
    f.app.addHook('onRequest', (request, _reply, done) => {
      seen.push(`${request.method} ${request.url}`)
      done()
    })
    const url = await f.app.listen({ host: '127.0.0.1', port: 0 })
    const get = async (): Promise<Answer> => {
      const r = await fetch(`${url}${MUG}`, {
        headers: { authorization: `Bearer ${keys.publishable}` },
      })
      expect(r.status).toBe(200)
      return (await r.json()) as Answer
    }
    // The lane answers the repeats, the last of them from its memo.
    for (let i = 0; i < 3; i++)
      expect((await get()).offers.map((o) => o.sku)).not.toContain('NEW-1')
    expect(seen).toEqual([`GET ${MUG}`])
    await addNewProduct(f, keys)
    await postOrders(f, keys, WITH_NEW)
    seen.length = 0
    await vi.waitFor(
      async () => {
        const answer = await get()
        expect(fresh(answer.offers.find((o) => o.sku === 'NEW-1'))).toMatchObject({
          anchor: 'MUG-1',
        })
        expect(answer.offers.map((o) => o.sku)).not.toContain('NEW-2')
      },
      { timeout: 5000, interval: 20 },
    )
    // Every one of those answers came from the lane, not the route: no retrain, no fastify.
    expect(seen).toEqual([])
    const again = await get()
    expect(again.modelVersion).toBe(1)
    expect(fresh(again.offers.find((o) => o.sku === 'NEW-1'))).toBeDefined()
  })
})
