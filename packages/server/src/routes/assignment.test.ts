import { assignHoldout, assignVariant } from 'upcross'
import { afterEach, describe, expect, it } from 'vitest'
import { createApp } from '../app.js'
import { ADMIN_TOKEN, type Fixture, fixture, type StoreKeys } from '../test-support/fixture.js'

let f: Fixture
afterEach(async () => {
  await f.close()
})

const HOLDOUT = { share: 0.5, salt: 's22' }
const EXPERIMENTS = [
  {
    id: 'cart-objective',
    variants: [
      { name: 'relevance', weight: 1 },
      { name: 'margin', weight: 3 },
    ],
    placements: ['cart'],
  },
  {
    id: 'never-b',
    variants: [
      { name: 'a', weight: 1 },
      { name: 'b', weight: 0 },
    ],
  },
]

async function configure(keys: StoreKeys): Promise<void> {
  for (const [name, value] of [
    ['holdout', HOLDOUT],
    ['experiments', EXPERIMENTS],
  ] as const) {
    const r = await f.app.inject({
      method: 'PUT',
      url: `/v1/stores/shop/config/${name}`,
      headers: f.auth(keys.secret),
      payload: { value },
    })
    expect(r.statusCode).toBe(200)
  }
}

const ask = (key: string, query: string, app = f.app) =>
  app.inject({ url: `/v1/stores/shop/assignment${query}`, headers: f.auth(key) })

describe('GET /assignment', () => {
  it('answers the holdout and each variant as the core assigns them, to the publishable key', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    await configure(keys)
    const erin = await ask(keys.publishable, '?customer=erin&session=s-1')
    expect(erin.statusCode).toBe(200)
    expect(erin.headers['access-control-allow-origin']).toBe('*')
    const experiment = {
      id: 'cart-objective',
      salt: 'cart-objective',
      variants: EXPERIMENTS[0]!.variants,
    }
    expect(erin.json()).toEqual({
      unit: 'erin',
      unitKind: 'customer',
      holdout: true,
      holdoutShare: 0.5,
      experiments: [
        {
          experiment: 'cart-objective',
          variant: assignVariant('erin', experiment),
          strategy: `cart-objective:${assignVariant('erin', experiment)}`,
          placements: ['cart'],
        },
        { experiment: 'never-b', variant: 'a', strategy: 'never-b:a' },
      ],
    })
    expect(assignHoldout('erin', HOLDOUT)).toBe(true)
    for (const customer of ['alice', 'bob', 'dave']) {
      expect(assignHoldout(customer, HOLDOUT)).toBe(false)
      expect((await ask(keys.publishable, `?customer=${customer}`)).json().holdout).toBe(false)
    }
    // Without a customer, the session is the unit.
    const session = (await ask(keys.publishable, '?session=s-1')).json()
    expect(session).toMatchObject({ unit: 's-1', unitKind: 'session' })
    expect(session.holdout).toBe(assignHoldout('s-1', HOLDOUT))
  })

  it('splits units by the weights and never assigns a variant of weight 0', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    await configure(keys)
    const counts = new Map<string, number>()
    let held = 0
    for (let i = 0; i < 400; i++) {
      const a = (await ask(keys.publishable, `?session=visit-${i}`)).json()
      if (a.holdout) held++
      for (const e of a.experiments)
        counts.set(
          `${e.experiment}:${e.variant}`,
          (counts.get(`${e.experiment}:${e.variant}`) ?? 0) + 1,
        )
    }
    // Expected 200 held out and 300 "margin" (weights 1:3); binomial sd ≈ 10 and 8.7.
    expect(held).toBeGreaterThan(160)
    expect(held).toBeLessThan(240)
    expect(counts.get('cart-objective:margin')).toBeGreaterThan(265)
    expect(counts.get('cart-objective:margin')).toBeLessThan(335)
    expect(counts.get('never-b:a')).toBe(400)
    expect(counts.has('never-b:b')).toBe(false)
  })

  it('gives the same answer on another instance over the same store', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    await configure(keys)
    const other = createApp({
      store: f.store,
      config: { adminToken: ADMIN_TOKEN, logLevel: 'silent', rateLimit: false },
    })
    try {
      for (const q of ['?customer=c-7', '?session=s-9', '?customer=erin']) {
        const here = await ask(keys.publishable, q)
        const there = await ask(keys.publishable, q, other)
        expect(there.json()).toEqual(here.json())
      }
    } finally {
      await other.close()
    }
  })

  it('without documents nobody is held out; without a unit it is a 400 with the path', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    expect((await ask(keys.publishable, '?customer=c-1')).json()).toEqual({
      unit: 'c-1',
      unitKind: 'customer',
      holdout: false,
      holdoutShare: 0,
      experiments: [],
    })
    const none = await ask(keys.publishable, '?customer=')
    expect(none.statusCode).toBe(400)
    expect(none.json().error.issues[0]).toMatchObject({ code: 'missing_key', path: ['customer'] })
    expect((await ask(keys.publishable, '?user=c-1')).statusCode).toBe(400)
    const preflight = await f.app.inject({
      method: 'OPTIONS',
      url: '/v1/stores/shop/assignment',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'GET' },
    })
    expect(preflight.statusCode).toBe(204)
  })
})
