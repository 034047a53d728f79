import { afterEach, describe, expect, it } from 'vitest'
import { type Fixture, fixture } from '../test-support/fixture.js'
import { trainedStore } from '../test-support/trained-store.js'

let f: Fixture
afterEach(async () => {
  await f.close()
})

describe('POST /v1/stores/:storeId/offers', () => {
  it('answers a cart with offers, ids, reasons and their sentences', async () => {
    f = fixture()
    const keys = await trainedStore(f, 'shop')
    const r = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/offers',
      headers: f.auth(keys.publishable),
      payload: { placement: 'cart', cart: ['LAPTOP-1'], limit: 3, session: 's1' },
    })
    expect(r.statusCode).toBe(200)
    const body = r.json()
    expect(body.placement).toBe('cart')
    expect(body.currency).toBe('EUR')
    expect(body.modelVersion).toBe(1)
    expect(body.warnings).toEqual([])
    expect(body.offers.length).toBeGreaterThan(0)
    expect(body.offers.length).toBeLessThanOrEqual(3)
    body.offers.forEach((o: Record<string, unknown>, i: number) => {
      expect(o['id']).toBe(`${body.requestId}.${i}`)
      expect(o['sku']).not.toBe('LAPTOP-1')
      expect((o['reasons'] as unknown[]).length).toBe((o['text'] as unknown[]).length)
    })
    expect(body.holdout).toBe(false)
    expect(body.strategy).toBeNull()
    // the bag leads a bundle mined from the orders: offered as that bundle, with its evidence
    const bag = body.offers.find((o: { sku: string }) => o.sku === 'BAG-1')
    expect(bag.kind).toBe('bundle')
    expect(bag.items).toEqual(expect.arrayContaining(['LAPTOP-1', 'BAG-1']))
    expect(bag.title).toBe('Laptop bag')
    expect(bag.price).toBeGreaterThan(0)
    const together = bag.reasons.findIndex((r: { code: string }) => r.code === 'bought_together')
    expect(bag.text[together]).toMatch(/of orders with Laptop 14", 8 GB also had this/)
    expect(bag.text[0]).toMatch(/^Bundle: Laptop 14", 8 GB \+ Laptop bag for /)
  })

  it('gives every answer its own offer ids', async () => {
    f = fixture()
    const keys = await trainedStore(f, 'shop')
    const ask = () =>
      f.app.inject({
        method: 'POST',
        url: '/v1/stores/shop/offers',
        headers: f.auth(keys.publishable),
        payload: { cart: ['LAPTOP-1'] },
      })
    const [a, b] = [(await ask()).json(), (await ask()).json()]
    expect(a.requestId).not.toBe(b.requestId)
    expect(a.offers[0].id).not.toBe(b.offers[0].id)
  })

  it('reports unknown cart SKUs as warnings, not errors', async () => {
    f = fixture()
    const keys = await trainedStore(f, 'shop')
    const r = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/offers',
      headers: f.auth(keys.publishable),
      payload: {
        cart: ['LAPTOP-1', 'BRAND-NEW', 'BRAND-NEW'],
        sku: 'ALSO-NEW',
        placement: 'product',
      },
    })
    expect(r.statusCode).toBe(200)
    const { warnings, offers } = r.json()
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'unknown_sku', path: ['sku'] }),
      expect.objectContaining({ code: 'unknown_sku', path: ['cart', 1] }),
    ])
    expect(offers.map((o: { sku: string }) => o.sku)).not.toContain('BRAND-NEW')
  })

  it('rejects wrong types, unknown keys and zoneless times with the path of each', async () => {
    f = fixture()
    const keys = await trainedStore(f, 'shop')
    const ask = (payload: unknown) =>
      f.app.inject({
        method: 'POST',
        url: '/v1/stores/shop/offers',
        headers: f.auth(keys.publishable),
        payload: payload as object,
      })
    const wrong = await ask({ cart: ['A', 7, {}], limit: 'ten', carts: [], placement: 'basket' })
    expect(wrong.statusCode).toBe(400)
    const error = wrong.json().error
    expect(error.code).toBe('invalid_input')
    expect(error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unknown_key', path: ['carts'] }),
        expect.objectContaining({
          path: ['cart', 2],
          message: 'cart[2] must be a string or a number',
        }),
        expect.objectContaining({ path: ['limit'], message: 'limit must be an integer' }),
        expect.objectContaining({ path: ['placement'] }),
      ]),
    )
    expect(error.requestId).toEqual(expect.any(String))
    const zoneless = await ask({ cart: ['A'], at: '2024-03-01T10:00:00' })
    expect(zoneless.statusCode).toBe(400)
    expect(zoneless.json().error.issues[0]).toMatchObject({ code: 'invalid_time', path: ['at'] })
    expect(zoneless.json().error.message).toMatch(/with a zone/)
  })

  it('answers the same request as a query string, and reuses nothing but the offers', async () => {
    f = fixture()
    const keys = await trainedStore(f, 'shop')
    const headers = f.auth(keys.publishable)
    const post = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/offers',
      headers,
      payload: { cart: ['LAPTOP-1', 'MOUSE-1'], limit: 4 },
    })
    const get = await f.app.inject({
      url: '/v1/stores/shop/offers?cart=LAPTOP-1,MOUSE-1&limit=4',
      headers,
    })
    expect(get.statusCode).toBe(200)
    expect(get.headers['cache-control']).toBe('no-store')
    const strip = (body: { offers: { id: string }[] }) => body.offers.map(({ id: _, ...o }) => o)
    expect(strip(get.json())).toEqual(strip(post.json()))
    expect(get.json().offers[0].id).toBe(`${get.json().requestId}.0`)
    const repeated = await f.app.inject({
      url: '/v1/stores/shop/offers?cart=LAPTOP-1&cart=MOUSE-1&limit=4',
      headers,
    })
    expect(strip(repeated.json())).toEqual(strip(post.json()))
    const bad = await f.app.inject({ url: '/v1/stores/shop/offers?limit=ten&carts=A', headers })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.issues.map((i: { path: unknown[] }) => i.path)).toEqual(
      expect.arrayContaining([['carts'], ['limit']]),
    )
  })

  it('serves cached answers equal to fresh ones, and none from an older model', async () => {
    f = fixture({ answerCacheSize: 0 })
    const keys = await trainedStore(f, 'shop')
    const ask = (app = f.app) =>
      app.inject({
        method: 'POST',
        url: '/v1/stores/shop/offers',
        headers: f.auth(keys.publishable),
        payload: { cart: ['COFFEE-1'] },
      })
    const fresh = (await ask()).json()
    const cachedApp = fixture({ modelPollMs: 0 }, f.store)
    try {
      const first = (await ask(cachedApp.app)).json()
      const second = (await ask(cachedApp.app)).json()
      const strip = (body: { offers: { id: string }[] }) => body.offers.map(({ id: _, ...o }) => o)
      expect(strip(first)).toEqual(strip(fresh))
      expect(strip(second)).toEqual(strip(fresh))
      expect(second.offers[0].id).not.toBe(first.offers[0].id)
      // A new model version is a new cache key: the next answers come from it.
      await f.store.saveModel('shop', (await f.store.latestModel('shop'))!.bytes, 1)
      await ask(cachedApp.app)
      await new Promise((resolve) => setTimeout(resolve, 30))
      expect((await ask(cachedApp.app)).json().modelVersion).toBe(2)
    } finally {
      await cachedApp.app.close()
    }
  })

  it("lets a shop's pages on another origin call it (CORS), and nothing else", async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const preflight = await f.app.inject({
      method: 'OPTIONS',
      url: '/v1/stores/shop/offers',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' },
    })
    expect(preflight.statusCode).toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBe('*')
    expect(preflight.headers['access-control-allow-headers']).toContain('authorization')
    const refused = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/events',
      payload: { events: [] },
    })
    expect(refused.statusCode).toBe(401)
    expect(refused.headers['access-control-allow-origin']).toBe('*')
    const admin = await f.app.inject({ url: '/v1/stores/shop/keys', headers: f.auth(keys.secret) })
    expect(admin.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('answers 412 while the store has no model', async () => {
    f = fixture()
    const keys = await f.createStore('empty')
    const r = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/empty/offers',
      headers: f.auth(keys.publishable),
      payload: { cart: [] },
    })
    expect(r.statusCode).toBe(412)
    expect(r.json().error.message).toMatch(/no trained model yet/)
  })
})
