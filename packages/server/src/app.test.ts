import { afterEach, describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, type Fixture, fixture } from './test-support/fixture.js'

let f: Fixture
afterEach(async () => {
  await f.close()
})

describe('createApp', () => {
  it('answers health and readiness without a key', async () => {
    f = fixture()
    expect((await f.app.inject({ url: '/health' })).json()).toEqual({ status: 'ok' })
    expect((await f.app.inject({ url: '/ready' })).json()).toEqual({ status: 'ready' })
  })

  it('creates a store and keys, and lists them without the keys themselves', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    expect(keys.publishable).toMatch(/^upx_pk_[A-Za-z0-9_-]{43}$/)
    expect(keys.secret).toMatch(/^upx_sk_[A-Za-z0-9_-]{43}$/)
    const r = await f.app.inject({ url: '/v1/stores/shop/keys', headers: f.auth(keys.secret) })
    expect(r.statusCode).toBe(200)
    expect(r.body).not.toContain(keys.secret.slice(13))
    expect(
      r
        .json()
        .keys.map((k: { kind: string }) => k.kind)
        .sort(),
    ).toEqual(['publishable', 'secret'])
    const stores = await f.app.inject({ url: '/v1/stores', headers: f.auth(ADMIN_TOKEN) })
    expect(stores.json().stores.map((s: { id: string }) => s.id)).toEqual(['shop'])
  })
})
