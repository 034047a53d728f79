/**
 * The query form of `GET /offers` beyond the body's fields: the publishable key as `key` (a
 * storefront's CORS "simple" request) and the cart with quantities as `lines`.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, type Fixture, fixture } from '../test-support/fixture.js'
import { trainedStore } from '../test-support/trained-store.js'

let f: Fixture
afterEach(async () => {
  await f.close()
})

const PATH = '/v1/stores/shop/offers'
/** The answer without what differs per request. */
const strip = (body: { offers: { id: string }[]; requestId?: string }) => {
  const { requestId: _, ...rest } = body
  return { ...rest, offers: body.offers.map(({ id: __, ...o }) => o) }
}

async function setup() {
  f = fixture()
  const keys = await trainedStore(f, 'shop')
  const other = await trainedStore(f, 'other')
  const get = (query: string, headers: Record<string, string> = {}) =>
    f.app.inject({ url: `${PATH}?${query}`, headers })
  const post = (payload: Record<string, unknown>) =>
    f.app.inject({ method: 'POST', url: PATH, headers: f.auth(keys.publishable), payload })
  return { keys, other, get, post }
}

describe('GET /offers with the publishable key as `key`', () => {
  it('answers as with the Authorization header, readable from any origin', async () => {
    const { keys, get } = await setup()
    const query = 'placement=cart&cart=LAPTOP-1,MOUSE-1&limit=4&session=s1'
    const withHeader = await get(query, f.auth(keys.publishable))
    const withKey = await get(`${query}&key=${keys.publishable}`)
    expect(withKey.statusCode, withKey.body).toBe(200)
    expect(withKey.headers['access-control-allow-origin']).toBe('*')
    expect(withKey.json().offers.length).toBeGreaterThan(0)
    expect(strip(withKey.json())).toEqual(strip(withHeader.json()))
  })

  it('refuses every key but a publishable one, a key sent twice, and another store’s', async () => {
    const { keys, other, get } = await setup()
    const cases: [string, Record<string, string>, number, RegExp][] = [
      [`key=${keys.secret}`, {}, 401, /only a publishable key \(upx_pk_…\) may be sent as "key"/],
      [`key=${ADMIN_TOKEN}`, {}, 401, /only a publishable key/],
      [`key=${keys.publishable}`, f.auth(keys.publishable), 400, /send the key once/],
      [`key=${keys.publishable}&key=${keys.publishable}`, {}, 400, /"key" must be given once/],
      ['key=upx_pk_made-up', {}, 401, /unknown or revoked API key/],
      [`key=${other.publishable}`, {}, 403, /belongs to another store/],
      ['key=', {}, 401, /only a publishable key/],
    ]
    for (const [query, headers, status, message] of cases) {
      const r = await get(`cart=LAPTOP-1&${query}`, headers)
      expect([query, r.statusCode]).toEqual([query, status])
      expect(r.json().error.message).toMatch(message)
      expect(r.headers['access-control-allow-origin']).toBe('*')
    }
  })

  it('is taken by no other route: the events still need the header', async () => {
    const { keys } = await setup()
    const r = await f.app.inject({
      method: 'POST',
      url: `/v1/stores/shop/events?key=${keys.publishable}`,
      payload: { events: [] },
    })
    expect(r.statusCode).toBe(401)
    expect(r.json().error.message).toMatch(/missing API key/)
  })

  it('never writes the key to the log', async () => {
    const lines: string[] = []
    f = fixture({ logLevel: 'info', requestLogging: true }, undefined, undefined, {
      write: (line: string) => lines.push(line),
    })
    const keys = await trainedStore(f, 'shop')
    lines.length = 0
    await f.app.inject({ url: `${PATH}?cart=LAPTOP-1&key=${keys.publishable}` })
    await f.app.inject({ url: `${PATH}?cart=LAPTOP-1&key=${keys.secret}` })
    const logged = lines.join('\n')
    expect(logged).toContain(`${PATH}?cart=LAPTOP-1&key=[redacted]`)
    expect(logged).not.toContain(keys.publishable)
    expect(logged).not.toContain(keys.secret)
  })
})

describe('GET /offers with the cart as `lines`', () => {
  it('counts quantities against the thresholds as the body form does', async () => {
    const { keys, get, post } = await setup()
    const put = await f.app.inject({
      method: 'PUT',
      url: '/v1/stores/shop/config/thresholds',
      headers: f.auth(keys.secret),
      payload: {
        value: {
          rule_sets: [
            {
              currency: 'EUR',
              region: '*',
              tiers: [{ threshold: 200_000, reward: { kind: 'free_shipping' } }],
            },
          ],
        },
      },
    })
    expect(put.statusCode, put.body).toBeLessThan(300)
    const body = {
      lines: [
        { sku: 'LAPTOP-1', quantity: 2 },
        { sku: 'MOUSE-1', quantity: 3 },
      ],
      limit: 3,
    }
    const posted = (await post(body)).json()
    const auth = f.auth(keys.publishable)
    const commas = await get('lines=LAPTOP-1:2,MOUSE-1:3&limit=3', auth)
    const repeated = await get('lines=LAPTOP-1:2&lines=MOUSE-1:3&limit=3', auth)
    expect(commas.statusCode, commas.body).toBe(200)
    expect(commas.json().thresholds.counted).toBe(posted.thresholds.counted)
    expect(commas.json().thresholds.counted).toBeGreaterThan(2 * 89_900)
    expect(strip(commas.json())).toEqual(strip(posted))
    expect(strip(repeated.json())).toEqual(strip(posted))
  })

  it('splits each line at its last colon, and takes SKUs with commas when repeated', async () => {
    const { keys, get } = await setup()
    const auth = f.auth(keys.publishable)
    const colon = (await get(`lines=${encodeURIComponent('A:B:2')},LAPTOP-1:1`, auth)).json()
    const unknown = (answer: { warnings: { message: string }[] }) =>
      answer.warnings.map((w) => /SKU "(.*)" is not in the model/.exec(w.message)?.[1])
    expect(unknown(colon)).toEqual(['A:B'])
    const comma = (await get(`lines=${encodeURIComponent('X,Y:2')}&lines=LAPTOP-1:1`, auth)).json()
    expect(unknown(comma)).toEqual(['X,Y'])
  })

  it('rejects a line without a quantity from 1 to 1,000,000, naming `lines`', async () => {
    const { keys, get } = await setup()
    const auth = f.auth(keys.publishable)
    for (const lines of [
      'LAPTOP-1',
      'LAPTOP-1:0',
      'LAPTOP-1:1000001',
      'LAPTOP-1:2,',
      ':2',
      'A:-1',
    ]) {
      const r = await get(`lines=${encodeURIComponent(lines)}`, auth)
      expect([lines, r.statusCode]).toEqual([lines, 400])
      expect(r.json().error.issues.some((i: { path: unknown[] }) => i.path[0] === 'lines')).toBe(
        true,
      )
    }
    expect((await get('lines=LAPTOP-1:1000000', auth)).statusCode).toBe(200)
  })
})
