import { createMemoryStore, type Store } from '@upcross/engine'
import { afterEach, describe, expect, it } from 'vitest'
import { createApp } from '../app.js'
import { ADMIN_TOKEN, type Fixture, fixture } from '../test-support/fixture.js'

let f: Fixture
afterEach(async () => {
  await f.close()
})

describe('errors', () => {
  it('gives every bad request its 4xx and a clear message, and loses nothing accepted before', async () => {
    f = fixture({ bodyLimit: 4096 })
    const keys = await f.createStore('shop')
    const headers = f.auth(keys.secret)
    const url = '/v1/stores/shop/products'
    const ok = await f.app.inject({
      method: 'POST',
      url,
      headers,
      payload: { products: [{ sku: 'KEEP', title: 'Kept' }] },
    })
    expect(ok.statusCode).toBe(200)

    const big = await f.app.inject({
      method: 'POST',
      url,
      headers,
      payload: { products: [{ sku: 'BIG', title: 'x'.repeat(5000) }] },
    })
    expect(big.statusCode).toBe(413)
    expect(big.json().error).toMatchObject({
      code: 'payload_too_large',
      message: 'the request body is larger than the limit of 4096 bytes',
    })

    const malformed = await f.app.inject({
      method: 'POST',
      url,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"products": [',
    })
    expect(malformed.statusCode).toBe(400)
    expect(malformed.json().error.message).toMatch(/^the body is not valid JSON/)

    const text = await f.app.inject({
      method: 'POST',
      url,
      headers: { ...headers, 'content-type': 'text/plain' },
      payload: 'sku=A',
    })
    expect(text.statusCode).toBe(415)
    expect(text.json().error.code).toBe('unsupported_media_type')

    const empty = await f.app.inject({
      method: 'POST',
      url,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '',
    })
    expect(empty.statusCode).toBe(400)

    const wrongType = await f.app.inject({
      method: 'POST',
      url,
      headers,
      payload: { products: { sku: 'A' } },
    })
    expect(wrongType.json().error).toMatchObject({
      code: 'invalid_input',
      message: 'products must be an array',
    })

    const route = await f.app.inject({ url: '/v1/nothing-here', headers })
    expect(route.statusCode).toBe(404)
    expect(route.json().error.message).toBe('no route GET /v1/nothing-here')

    const badStoreId = await f.app.inject({
      url: '/v1/stores/%20bad%20id',
      headers: f.auth(ADMIN_TOKEN),
    })
    expect(badStoreId.statusCode).toBe(404)
    expect(badStoreId.json().error.message).toBe('no store " bad id"')
    const badLimit = await f.app.inject({ url: '/v1/stores/shop/jobs?limit=zero', headers })
    expect(badLimit.statusCode).toBe(400)
    expect(badLimit.json().error.issues[0]).toMatchObject({
      path: ['limit'],
      message: 'query limit must be an integer',
    })

    const kept = await f.app.inject({ url: '/v1/stores/shop/products/KEEP', headers })
    expect(kept.json()).toMatchObject({ sku: 'KEEP', title: 'Kept' })
  })

  it('answers 500 without details when something unexpected fails, 503 when the store is down', async () => {
    const base = createMemoryStore()
    let down = false
    const store: Store = new Proxy(base, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver)
        if (name === 'countProducts')
          return async () => {
            throw new Error('driver exploded: password=hunter2')
          }
        if (name === 'getTenant' && down)
          return async () => {
            throw new Error('connection refused')
          }
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
    f = fixture({}, store)
    const keys = await f.createStore('shop')
    const r = await f.app.inject({ url: '/v1/stores/shop', headers: f.auth(keys.secret) })
    expect(r.statusCode).toBe(500)
    expect(r.json().error).toMatchObject({ code: 'internal', message: 'internal error' })
    expect(r.body).not.toContain('hunter2')
    down = true
    const ready = await f.app.inject({ url: '/ready' })
    expect(ready.statusCode).toBe(503)
    expect(ready.json().error.code).toBe('unavailable')
  })

  it('never writes a key or token to the log', async () => {
    const lines: string[] = []
    const store = createMemoryStore()
    const app = createApp({
      store,
      config: { adminToken: ADMIN_TOKEN, logLevel: 'trace', rateLimit: false },
      logStream: { write: (line) => lines.push(line) },
    })
    f = { ...fixture(), app, store }
    const created = await app.inject({
      method: 'POST',
      url: '/v1/stores',
      headers: f.auth(ADMIN_TOKEN),
      payload: { id: 'shop' },
    })
    expect(created.statusCode).toBe(201)
    const key = await app.inject({
      method: 'POST',
      url: '/v1/stores/shop/keys',
      headers: f.auth(ADMIN_TOKEN),
      payload: { kind: 'secret' },
    })
    const secret = key.json().key as string
    await app.inject({ url: '/v1/stores/shop', headers: f.auth(secret) })
    await app.inject({ url: '/v1/stores/shop', headers: f.auth(`${secret}x`) })
    const log = lines.join('')
    expect(log).toContain('request completed')
    expect(log).not.toContain(ADMIN_TOKEN)
    expect(log).not.toContain(secret.slice(7))
  })
})
