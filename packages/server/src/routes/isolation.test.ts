import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Fixture, fixture, type StoreKeys } from '../test-support/fixture.js'
import { trainedStore } from '../test-support/trained-store.js'

/**
 * Tenant isolation over every route of the OpenAPI document: store A holds data with marker
 * strings; store B's keys, used on A's paths or on B's own paths with A's resource ids, must never
 * see any of it. A route missing from `SAMPLES` fails the test, so new routes get checked too.
 */
const MARKER = 'MARKER-OF-STORE-A'

/** A valid request body per route (method + path template), where the route takes one. */
const SAMPLES: Record<string, unknown> = {
  'GET /v1/stores/{storeId}': undefined,
  'POST /v1/stores/{storeId}/keys': { kind: 'publishable' },
  'GET /v1/stores/{storeId}/keys': undefined,
  'DELETE /v1/stores/{storeId}/keys/{keyId}': undefined,
  'POST /v1/stores/{storeId}/products': { products: [{ sku: 'B-ONLY' }] },
  'PUT /v1/stores/{storeId}/products/{sku}': { title: 'b' },
  'GET /v1/stores/{storeId}/products/{sku}': undefined,
  'GET /v1/stores/{storeId}/products': undefined,
  'POST /v1/stores/{storeId}/orders': {
    orders: [{ id: 'B-1', orderedAt: '2024-01-01', lines: [{ sku: 'B-ONLY', quantity: 1 }] }],
  },
  'PUT /v1/stores/{storeId}/orders/{orderId}': {
    orderedAt: '2024-01-01',
    lines: [{ sku: 'B-ONLY', quantity: 1 }],
  },
  'POST /v1/stores/{storeId}/train': undefined,
  'GET /v1/stores/{storeId}/jobs': undefined,
  'GET /v1/stores/{storeId}/jobs/{jobId}': undefined,
  'POST /v1/stores/{storeId}/offers': { cart: ['LAPTOP-1'] },
  'GET /v1/stores/{storeId}/offers': undefined,
  'POST /v1/stores/{storeId}/events': { events: [{ id: 'b-e1', kind: 'dismiss', offerId: 'x.0' }] },
  'GET /v1/stores/{storeId}/config/{name}': undefined,
  'PUT /v1/stores/{storeId}/config/{name}': { value: { share: 0.1 } },
  'GET /v1/stores/{storeId}/assignment': undefined,
  'GET /v1/stores/{storeId}/analytics': undefined,
  'POST /v1/stores/{storeId}/emails/{template}': {
    to: 'b@example.com',
    order: { id: 'B-1', lines: [{ sku: 'LAPTOP-1', quantity: 1 }] },
  },
  'POST /v1/stores/{storeId}/follow-ups': {
    to: 'b@example.com',
    order: { id: 'B-1', lines: [{ sku: 'LAPTOP-1', quantity: 1 }] },
  },
  'POST /v1/stores/{storeId}/follow-ups/send-due': undefined,
  'POST /v1/stores/{storeId}/referrals/redeem': { code: 'A-CODE', customer: 'b-customer' },
  'GET /v1/stores/{storeId}/referrals/{code}': undefined,
}

let f: Fixture
let a: StoreKeys
let b: StoreKeys
const ids: Record<string, string> = {}

beforeAll(async () => {
  f = fixture()
  a = await trainedStore(f, 'a')
  b = await f.createStore('b')
  const headers = f.auth(a.secret)
  await f.app.inject({
    method: 'PUT',
    url: '/v1/stores/a/products/A-SKU',
    headers,
    payload: { title: MARKER },
  })
  await f.app.inject({
    method: 'PUT',
    url: '/v1/stores/a/config/holdout',
    headers,
    payload: { value: { share: 0.1, salt: MARKER } },
  })
  await f.app.inject({
    method: 'PUT',
    url: '/v1/stores/a/config/referrals',
    headers,
    payload: {
      value: [
        {
          code: 'A-CODE',
          owner: MARKER,
          limit: 5,
          expires_at: '2099-01-01T00:00:00Z',
          referrer_reward: { kind: 'amount_off', amount: 100 },
          referee_reward: { kind: 'amount_off', amount: 100 },
        },
      ],
    },
  })
  const jobs = await f.app.inject({ url: '/v1/stores/a/jobs', headers })
  const keys = await f.app.inject({ url: '/v1/stores/a/keys', headers })
  ids['jobId'] = jobs.json().jobs[0].id
  ids['keyId'] = keys.json().keys[0].id
  ids['sku'] = 'A-SKU'
  ids['orderId'] = 'o01'
  ids['name'] = 'holdout'
  ids['template'] = 'order_confirmation'
  ids['code'] = 'A-CODE'
})
afterAll(async () => {
  await f.close()
})

async function storeRoutes(): Promise<[string, string][]> {
  const doc = f.app.swagger() as { paths: Record<string, Record<string, unknown>> }
  const out: [string, string][] = []
  for (const [path, ops] of Object.entries(doc.paths))
    if (path.includes('{storeId}'))
      for (const method of Object.keys(ops)) out.push([method.toUpperCase(), path])
  // Reads first: B's own writes below may create ids that A also uses.
  return out.sort(([m1], [m2]) => Number(m1 !== 'GET') - Number(m2 !== 'GET'))
}

function fill(path: string, storeId: string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === 'storeId' ? storeId : ids[name]!,
  )
}

/** Everything of A that must never show up in B's answers. */
function secretsOfA(): string[] {
  return [MARKER, a.secret, a.publishable, a.secret.slice(0, 20), 'Laptop 14"']
}

describe('tenant isolation', () => {
  it('covers every store route of the API', async () => {
    const routes = (await storeRoutes()).map(([m, p]) => `${m} ${p}`)
    expect(routes.sort()).toEqual(Object.keys(SAMPLES).sort())
  })

  it("refuses B's keys on every route of A with 403, and shows none of A's data", async () => {
    for (const [method, path] of await storeRoutes()) {
      for (const key of [b.secret, b.publishable]) {
        const payload = SAMPLES[`${method} ${path}`]
        const r = await f.app.inject({
          method: method as 'GET',
          url: fill(path, 'a'),
          headers: f.auth(key),
          ...(payload === undefined ? {} : { payload: payload as object }),
        })
        expect(r.statusCode, `${method} ${path}`).toBe(403)
        for (const s of secretsOfA()) expect(r.body, `${method} ${path}`).not.toContain(s)
      }
    }
  })

  it("never lets B reach A's products, orders, jobs, keys, models or documents through B's own paths", async () => {
    for (const [method, path] of await storeRoutes()) {
      const payload = SAMPLES[`${method} ${path}`]
      const r = await f.app.inject({
        method: method as 'GET',
        url: fill(path, 'b'),
        headers: f.auth(b.secret),
        ...(payload === undefined ? {} : { payload: payload as object }),
      })
      expect(r.statusCode, `${method} ${path}: ${r.body}`).toBeLessThan(500)
      for (const s of secretsOfA()) expect(r.body, `${method} ${path}`).not.toContain(s)
      if (method === 'GET' && /\{(sku|jobId|name|code)\}$/.test(path))
        expect(r.statusCode, path).toBe(404)
      if (method === 'DELETE') expect(r.statusCode, path).toBe(404)
      if (method === 'PUT' && path.endsWith('{orderId}'))
        expect(r.json().created, 'same order id in B is a new order').toBe(true)
    }
    // B's offers come from B's model only: B's training saw B's one order, not A's thirty.
    const summary = await f.app.inject({ url: '/v1/stores/b', headers: f.auth(b.secret) })
    expect(summary.json()).toMatchObject({ orders: 2, products: 2 })
  })
})
