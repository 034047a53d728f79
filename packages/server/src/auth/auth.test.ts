import { afterEach, describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, type Fixture, fixture } from '../test-support/fixture.js'

let f: Fixture
afterEach(async () => {
  await f.close()
})

const get = (url: string, authorization?: string) =>
  f.app.inject({ url, headers: authorization === undefined ? {} : { authorization } })

describe('keys and tenants', () => {
  it('refuses a missing, malformed or unknown key with 401 and says what to send', async () => {
    f = fixture()
    await f.createStore('shop')
    const missing = await get('/v1/stores/shop/keys')
    expect(missing.statusCode).toBe(401)
    expect(missing.json().error).toMatchObject({
      code: 'unauthorized',
      message: expect.stringMatching(/Authorization: Bearer/),
    })
    expect((await get('/v1/stores/shop/keys', 'Basic dXNlcjpwYXNz')).statusCode).toBe(401)
    const unknown = await get('/v1/stores/shop/keys', `Bearer upx_sk_${'x'.repeat(43)}`)
    expect(unknown.statusCode).toBe(401)
    expect(unknown.json().error.message).toBe('unknown or revoked API key')
  })

  it('answers 401 before 404: an unknown key learns nothing about which stores exist', async () => {
    f = fixture()
    await f.createStore('shop')
    const r = await get('/v1/stores/nope/keys', `Bearer upx_sk_${'y'.repeat(43)}`)
    expect(r.statusCode).toBe(401)
  })

  it('answers 404 for an unknown store', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const admin = await get('/v1/stores/nope', `Bearer ${ADMIN_TOKEN}`)
    expect(admin.statusCode).toBe(404)
    expect(admin.json().error).toMatchObject({ code: 'not_found', message: 'no store "nope"' })
    expect((await get('/v1/stores/nope', `Bearer ${keys.secret}`)).statusCode).toBe(404)
  })

  it("refuses another store's key with 403", async () => {
    f = fixture()
    await f.createStore('a')
    const b = await f.createStore('b')
    const r = await get('/v1/stores/a/keys', `Bearer ${b.secret}`)
    expect(r.statusCode).toBe(403)
    expect(r.json().error.message).toMatch(/another store/)
  })

  it('lets a publishable key ask for offers and send events, and nothing else', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const headers = f.auth(keys.publishable)
    const events = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/events',
      headers,
      payload: { events: [{ id: 'e1', kind: 'impression', offerId: 'x.0' }] },
    })
    expect(events.statusCode).toBe(200)
    const offers = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/offers',
      headers,
      payload: {},
    })
    expect(offers.statusCode).toBe(412) // allowed, but nothing trained yet
    for (const [method, url, payload] of [
      ['GET', '/v1/stores/shop/keys', undefined],
      ['GET', '/v1/stores/shop', undefined],
      ['POST', '/v1/stores/shop/products', { products: [{ sku: 'A' }] }],
      ['POST', '/v1/stores/shop/train', undefined],
    ] as const) {
      const r = await f.app.inject({ method, url, headers, ...(payload ? { payload } : {}) })
      expect(r.statusCode, `${method} ${url}`).toBe(403)
      expect(r.json().error.message).toMatch(
        /publishable key may only request offers and send events/,
      )
    }
  })

  it('keeps creating stores to the admin token', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const r = await f.app.inject({
      method: 'POST',
      url: '/v1/stores',
      headers: f.auth(keys.secret),
      payload: { id: 'x' },
    })
    expect(r.statusCode).toBe(403)
    const again = await f.app.inject({
      method: 'POST',
      url: '/v1/stores',
      headers: f.auth(ADMIN_TOKEN),
      payload: { id: 'shop' },
    })
    expect(again.statusCode).toBe(409)
  })

  it('creates no store at all when the deployment has no admin token', async () => {
    f = fixture({ adminToken: undefined })
    const r = await f.app.inject({
      method: 'POST',
      url: '/v1/stores',
      headers: f.auth(ADMIN_TOKEN),
      payload: { id: 'x' },
    })
    expect(r.statusCode).toBe(401)
  })

  it('stops accepting a revoked key', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const list = await get('/v1/stores/shop/keys', `Bearer ${keys.secret}`)
    const pk = list.json().keys.find((k: { kind: string }) => k.kind === 'publishable')
    expect(keys.publishable.startsWith(pk.prefix)).toBe(true)
    const headers = f.auth(keys.publishable)
    const send = () =>
      f.app.inject({
        method: 'POST',
        url: '/v1/stores/shop/events',
        headers,
        payload: { events: [{ id: 'e', kind: 'purchase', sku: 'A', orderId: 'o' }] },
      })
    expect((await send()).statusCode).toBe(200)
    const revoke = await f.app.inject({
      method: 'DELETE',
      url: `/v1/stores/shop/keys/${pk.id}`,
      headers: f.auth(keys.secret),
    })
    expect(revoke.statusCode).toBe(204)
    expect((await send()).statusCode).toBe(401)
    const again = await f.app.inject({
      method: 'DELETE',
      url: '/v1/stores/shop/keys/key_nope',
      headers: f.auth(keys.secret),
    })
    expect(again.statusCode).toBe(404)
  })

  it('limits the rate per key with a 429 in the usual error body', async () => {
    // An hour's window: a test never straddles two (windows are aligned on the clock).
    f = fixture({ rateLimit: { max: 3, windowMs: 3_600_000 } })
    const keys = await f.createStore('shop')
    const statuses: number[] = []
    for (let i = 0; i < 4; i++)
      statuses.push((await get('/v1/stores/shop/keys', `Bearer ${keys.secret}`)).statusCode)
    expect(statuses).toEqual([200, 200, 200, 429])
    const limited = await get('/v1/stores/shop/keys', `Bearer ${keys.secret}`)
    expect(limited.json().error).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/rate limit exceeded/),
    })
    // Another key of the same store has its own budget.
    const other = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/offers',
      headers: f.auth(keys.publishable),
      payload: {},
    })
    expect(other.statusCode).toBe(412)
  })
})
