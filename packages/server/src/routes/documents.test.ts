import { afterEach, describe, expect, it } from 'vitest'
import { type Fixture, fixture } from '../test-support/fixture.js'

let f: Fixture
afterEach(async () => {
  await f.close()
})

describe('configuration documents', () => {
  it('validates with the core parsers before storing, with paths into the value', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const headers = f.auth(keys.secret)
    const bad = await f.app.inject({
      method: 'PUT',
      url: '/v1/stores/shop/config/placements',
      headers,
      payload: { value: { cart: { cap: 0 } } },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.issues[0]).toMatchObject({ path: ['value', 'cart', 'cap'] })
    const referrals = await f.app.inject({
      method: 'PUT',
      url: '/v1/stores/shop/config/referrals',
      headers,
      payload: { value: [{}] },
    })
    expect(referrals.statusCode).toBe(400)
    expect(referrals.json().error.issues[0].path.slice(0, 2)).toEqual(['value', 0])
    const holdout = await f.app.inject({
      method: 'PUT',
      url: '/v1/stores/shop/config/holdout',
      headers,
      payload: { value: { shares: 0.1 } },
    })
    expect(holdout.statusCode).toBe(400)
    expect(holdout.json().error.issues.map((i: { path: unknown[] }) => i.path)).toEqual(
      expect.arrayContaining([['value', 'shares']]),
    )
    const experiments = await f.app.inject({
      method: 'PUT',
      url: '/v1/stores/shop/config/experiments',
      headers,
      payload: {
        value: [
          { id: 'x', variants: [{ name: 'a', weight: -1 }] },
          { id: 'x', variants: [{ name: 'a', weight: 1 }], placements: ['basket'] },
        ],
      },
    })
    expect(experiments.statusCode).toBe(400)
    expect(experiments.json().error.issues.map((i: { path: unknown[] }) => i.path)).toEqual([
      ['value', 0, 'variants', 0, 'weight'],
      ['value', 1, 'placements', 0],
    ])
    const unknown = await f.app.inject({
      method: 'PUT',
      url: '/v1/stores/shop/config/colours',
      headers,
      payload: { value: {} },
    })
    expect(unknown.statusCode).toBe(400)
    expect((await f.app.inject({ url: '/v1/stores/shop/config/rules', headers })).statusCode).toBe(
      404,
    )
  })

  it('versions each write and refuses a stale If-Match with 412', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const headers = f.auth(keys.secret)
    const url = '/v1/stores/shop/config/placements'
    const put = (value: unknown, extra: Record<string, string> = {}) =>
      f.app.inject({ method: 'PUT', url, headers: { ...headers, ...extra }, payload: { value } })
    const first = await put({ cart: { cap: 3 } }, { 'if-none-match': '*' })
    expect(first.statusCode).toBe(200)
    expect(first.headers['etag']).toBe('"1"')
    expect((await put({ cart: { cap: 2 } }, { 'if-none-match': '*' })).statusCode).toBe(412)
    const second = await put({ cart: { cap: 4 } }, { 'if-match': '"1"' })
    expect(second.json()).toMatchObject({
      name: 'placements',
      version: 2,
      value: { cart: { cap: 4 } },
    })
    const stale = await put({ cart: { cap: 5 } }, { 'if-match': '"1"' })
    expect(stale.statusCode).toBe(412)
    expect(stale.json().error.code).toBe('precondition_failed')
    const read = await f.app.inject({ url, headers })
    expect(read.headers['etag']).toBe('"2"')
    expect(read.json().value).toEqual({ cart: { cap: 4 } })
  })
})
