import { afterEach, describe, expect, it } from 'vitest'
import { type Fixture, fixture } from '../test-support/fixture.js'
import { trainedStore } from '../test-support/trained-store.js'

let f: Fixture
afterEach(async () => {
  await f.close()
})

async function setup() {
  f = fixture()
  const keys = await trainedStore(f, 'shop')
  const put = async (name: string, value: unknown) => {
    const r = await f.app.inject({
      method: 'PUT',
      url: `/v1/stores/shop/config/${name}`,
      headers: f.auth(keys.secret),
      payload: { value },
    })
    expect(r.statusCode, r.body).toBeLessThan(300)
  }
  const offers = async (payload: Record<string, unknown>) => {
    const r = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/offers',
      headers: f.auth(keys.publishable),
      payload,
    })
    expect(r.statusCode, r.body).toBe(200)
    return r.json()
  }
  const events = async (list: Record<string, unknown>[]) => {
    const r = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/events',
      headers: f.auth(keys.publishable),
      payload: { events: list },
    })
    expect(r.statusCode, r.body).toBeLessThan(300)
  }
  return { keys, put, offers, events }
}

describe('offers through the pipeline with the store’s documents', () => {
  it('holds out the configured share of shoppers: they see no offers, and are told so', async () => {
    const { put, offers } = await setup()
    await put('holdout', { share: 1, salt: 'h' })
    const held = await offers({ cart: ['LAPTOP-1'], session: 's1' })
    expect(held.holdout).toBe(true)
    expect(held.offers).toEqual([])
    // no unit (no customer, no session): nobody to hold out
    expect((await offers({ cart: ['LAPTOP-1'] })).offers.length).toBeGreaterThan(0)
  })

  it('serves each shopper the variant of the running experiment, deterministically', async () => {
    const { put, offers } = await setup()
    await put('experiments', [
      {
        id: 'obj',
        variants: [
          { name: 'relevance', weight: 1 },
          { name: 'profit', weight: 1 },
        ],
      },
    ])
    const seen = new Set<string>()
    for (let i = 0; i < 12; i++) {
      const a = await offers({ cart: ['LAPTOP-1'], session: `s${i}` })
      const b = await offers({ cart: ['LAPTOP-1'], session: `s${i}` })
      expect(a.strategy).toMatch(/^obj:(relevance|profit)$/)
      expect(b.strategy).toBe(a.strategy)
      seen.add(a.strategy)
    }
    expect(seen.size).toBe(2)
  })

  it('answers the cart against the store’s thresholds, with catalog prices for the quantities', async () => {
    const { put, offers } = await setup()
    await put('thresholds', {
      rule_sets: [
        {
          currency: 'EUR',
          region: '*',
          tiers: [{ threshold: 100_000, reward: { kind: 'free_shipping' } }],
        },
      ],
    })
    const one = await offers({ lines: [{ sku: 'LAPTOP-1', quantity: 1 }] })
    expect(one.thresholds.counted).toBe(89_900)
    expect(one.thresholds.next.gap).toBe(10_100)
    const two = await offers({ lines: [{ sku: 'LAPTOP-1', quantity: 2 }] })
    expect(two.thresholds.next).toBeNull()
    expect(two.thresholds.reached[0].reward).toEqual({ kind: 'free_shipping' })
  })

  it('keeps an item a shopper dismissed away, on the next request already', async () => {
    const { offers, events } = await setup()
    const before = await offers({ cart: ['LAPTOP-1'], session: 'd1' })
    const first = before.offers[0]
    await events([
      {
        id: 'e1',
        kind: 'dismiss',
        at: new Date(Date.now() - 1000).toISOString(),
        sku: first.sku,
        offerId: first.id,
        placement: 'cart',
        session: 'd1',
      },
    ])
    const after = await offers({ cart: ['LAPTOP-1'], session: 'd1' })
    expect(after.offers.map((o: { sku: string }) => o.sku)).not.toContain(first.sku)
    // another shopper still sees it
    const other = await offers({ cart: ['LAPTOP-1'], session: 'd2' })
    expect(other.offers[0].sku).toBe(first.sku)
  })

  it('caps how many offers one session sees across placements', async () => {
    const { put, offers, events } = await setup()
    await put('guards', { frequency_caps: { session: { max: 2, window_hours: 1 } } })
    const shown = await offers({ cart: ['LAPTOP-1'], session: 'c1', limit: 5 })
    expect(shown.offers.length).toBe(2)
    const now = Date.now()
    await events(
      shown.offers.map((o: { id: string; sku: string }, i: number) => ({
        id: `imp${i}`,
        kind: 'impression',
        at: new Date(now - 100).toISOString(),
        sku: o.sku,
        offerId: o.id,
        placement: 'cart',
        session: 'c1',
      })),
    )
    const later = await offers({ cart: ['MOUSE-1'], placement: 'thank_you', session: 'c1' })
    expect(later.offers).toEqual([])
  })

  it('explains, for the secret key only, what was not shown and which rules fired', async () => {
    const { keys, put } = await setup()
    await put('rules', [{ id: 'no-mouse', kind: 'exclude', match: { skus: ['MOUSE-1'] } }])
    await put('placements', { cart: { cap: 1 } })
    const ask = (key: string) =>
      f.app.inject({
        method: 'POST',
        url: '/v1/stores/shop/offers',
        headers: f.auth(key),
        payload: { cart: ['LAPTOP-1'], explain: true },
      })
    const r = await ask(keys.secret)
    expect(r.statusCode, r.body).toBe(200)
    const body = r.json()
    expect(body.offers).toHaveLength(1)
    expect(body.rules).toContainEqual({ rule: 'no-mouse', effect: 'excluded', sku: 'MOUSE-1' })
    const capped = body.dropped.find((d: { reason: string }) => d.reason === 'placement_full')
    expect(capped.text).toBe('Not shown: the cart shows at most 1 offer')
    const denied = await ask(keys.publishable)
    expect(denied.statusCode).toBe(403)
    expect(denied.json().error.message).toContain('"explain" needs the secret key')
  })

  it('rejects a cart line without a quantity, naming the field', async () => {
    const { keys } = await setup()
    const r = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/offers',
      headers: f.auth(keys.publishable),
      payload: { lines: [{ sku: 'LAPTOP-1' }] },
    })
    expect(r.statusCode).toBe(400)
    expect(r.body).toContain('quantity')
  })
})
