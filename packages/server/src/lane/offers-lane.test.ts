import { createMemoryStore } from '@upcross/engine'
import { afterEach, describe, expect, it } from 'vitest'
import type { ServerConfig } from '../config.js'
import { type Fixture, fixture } from '../test-support/fixture.js'
import { trainedStore } from '../test-support/trained-store.js'

let f: Fixture
afterEach(async () => {
  await f.close()
})

/**
 * An app over a trained store, listening on 127.0.0.1, that records every request reaching
 * fastify: a request the express lane answered never shows up there.
 */
async function laneApp(
  config: Partial<ServerConfig> = {},
  logStream?: { write(line: string): void },
) {
  // Trained by another app over the same store: the app under test starts with cold caches and
  // its rate limit counts only the test's requests.
  const store = createMemoryStore()
  const setup = fixture({}, store)
  const keys = await trainedStore(setup, 'shop')
  const other = await trainedStore(setup, 'other')
  await setup.app.close()
  f = fixture(config, store, undefined, logStream)
  const seen: string[] = []
  f.app.addHook('onRequest', (request, _reply, done) => {
    seen.push(`${request.method} ${request.url}`)
    done()
  })
  const url = await f.app.listen({ host: '127.0.0.1', port: 0 })
  /** GETs `path` with `key` in the Authorization header, or with no header (`undefined`). */
  const get = async (path: string, key: string | undefined) => {
    const headers: Record<string, string> = key ? { authorization: `Bearer ${key}` } : {}
    const r = await fetch(`${url}${path}`, { headers })
    return { status: r.status, headers: r.headers, body: await r.json() }
  }
  return { keys, other, url, seen, get }
}

const CART = '/v1/stores/shop/offers?placement=cart&cart=LAPTOP-1&limit=3'

/** The answer with its request id taken out (ids differ per request by design). */
function withoutIds(body: Record<string, unknown>): string {
  return JSON.stringify(body).replaceAll(String(body['requestId']), 'ID')
}

describe('the express lane of GET /offers', () => {
  it('answers once the key is known, with the route’s exact answer and headers', async () => {
    const { keys, get, seen } = await laneApp()
    const first = await get(CART, keys.publishable)
    expect(seen).toEqual([`GET ${CART}`])
    const second = await get(CART, keys.publishable)
    // The key and the store are now cached: fastify never saw the second request.
    expect(seen).toHaveLength(1)
    expect(second.status).toBe(200)
    expect(second.body.offers.length).toBeGreaterThan(0)
    expect(second.body.requestId).not.toBe(first.body.requestId)
    expect(second.body.offers[0].id).toBe(`${second.body.requestId}.0`)
    expect(withoutIds(second.body)).toBe(withoutIds(first.body))
    // a repeat of the URL reads its parsed query from the lane's memo: the same answer again
    const third = await get(CART, keys.publishable)
    expect(withoutIds(third.body)).toBe(withoutIds(first.body))
    expect(third.body.requestId).not.toBe(second.body.requestId)
    expect(seen).toHaveLength(1)
    for (const h of ['content-type', 'cache-control', 'access-control-allow-origin'])
      expect(second.headers.get(h)).toBe(first.headers.get(h))
    expect(second.headers.get('content-length')).toBe(
      String(Buffer.byteLength(JSON.stringify(second.body))),
    )
  })

  it('leaves every refusal and every invalid query to the route, which answers as always', async () => {
    const { keys, other, get, seen } = await laneApp()
    await get(CART, keys.publishable)
    await get('/v1/stores/other/offers?cart=X', other.publishable)
    seen.length = 0
    const cases: [string, string, number, string][] = [
      [CART, 'upx_pk_made-up', 401, 'unauthorized'],
      [CART, other.publishable, 403, 'forbidden'],
      ['/v1/stores/nope/offers?cart=A', keys.publishable, 404, 'not_found'],
      ['/v1/stores/shop/offers?cart=A&limit=abc', keys.publishable, 400, 'invalid_input'],
      ['/v1/stores/shop/offers?placement=nowhere', keys.publishable, 400, 'invalid_input'],
      ['/v1/stores/shop/offers?cart=A&colour=red', keys.publishable, 400, 'invalid_input'],
    ]
    for (const [path, key, status, code] of cases) {
      const r = await get(path, key)
      expect([path, r.status, r.body.error?.code]).toEqual([path, status, code])
    }
    expect(seen).toHaveLength(cases.length)
    // A query the schema only accepts after converting it (limit as a number) is the route's too.
    const limit = await get('/v1/stores/shop/offers?cart=LAPTOP-1&limit=2', keys.publishable)
    expect(limit.body.offers).toHaveLength(2)
  })

  it('takes the publishable key from the query as from the header; the route refuses the rest', async () => {
    const { keys, get, seen } = await laneApp()
    const withKey = `${CART}&key=${keys.publishable}`
    const first = await get(withKey, undefined)
    const second = await get(withKey, undefined)
    expect(seen).toEqual([`GET ${withKey}`])
    expect(second.status).toBe(200)
    expect(withoutIds(second.body)).toBe(withoutIds(first.body))
    expect(withoutIds(second.body)).toBe(withoutIds((await get(CART, keys.publishable)).body))
    // Refused by the route's credential check (before this test's hook sees them).
    const cases: [string, string | undefined, number, string][] = [
      [`${CART}&key=${keys.secret}`, undefined, 401, 'unauthorized'],
      [withKey, keys.publishable, 400, 'invalid_input'],
      [`${withKey}&key=${keys.publishable}`, undefined, 400, 'invalid_input'],
    ]
    for (const [path, header, status, code] of cases) {
      const r = await get(path, header)
      expect([path, r.status, r.body.error?.code]).toEqual([path, status, code])
    }
  })

  it('shares one rate limit count with the route (429 with Retry-After)', async () => {
    const { keys, get, seen, url } = await laneApp({ rateLimit: { max: 3, windowMs: 3_600_000 } })
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await get(CART, keys.publishable)).status)
    expect(statuses).toEqual([200, 200, 200, 429])
    // The first request (key not cached yet) reached fastify, the lane took the next two, and the
    // limiter hook refused the fourth (before this test's later hook, so it is not listed).
    expect(seen).toEqual([`GET ${CART}`])
    const limited = await get(CART, keys.publishable)
    expect(limited.body.error.code).toBe('rate_limited')
    expect(limited.body.error.message).toMatch(/at most 3 requests per 1 hour/)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited.headers.get('access-control-allow-origin')).toBe('*')
    const post = await fetch(`${url}/v1/stores/shop/offers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keys.publishable}`, 'content-type': 'application/json' },
      body: JSON.stringify({ cart: ['LAPTOP-1'] }),
    })
    expect(post.status).toBe(429)
  })

  it('answers a repeated URL from what the store holds now: new settings, a new model', async () => {
    const { keys, get, seen, url } = await laneApp()
    const first = await get(CART, keys.publishable)
    await get(CART, keys.publishable) // the lane's, which keeps this URL's answer
    const admin = { authorization: `Bearer ${keys.secret}`, 'content-type': 'application/json' }
    const tiers = [{ threshold: 10_000_000, reward: { kind: 'free_shipping' } }]
    const put = await fetch(`${url}/v1/stores/shop/config/thresholds`, {
      method: 'PUT',
      headers: admin,
      body: JSON.stringify({
        value: { rule_sets: [{ currency: first.body.currency, region: '*', tiers }] },
      }),
    })
    expect(put.status).toBe(200)
    const settled = await get(CART, keys.publishable)
    expect(settled.body.thresholds?.next?.tier.threshold).toBe(10_000_000)
    expect(withoutIds(settled.body)).not.toBe(withoutIds(first.body))
    const train = await fetch(`${url}/v1/stores/shop/train`, {
      method: 'POST',
      headers: admin,
      body: '{}',
    })
    expect(train.status).toBe(202)
    const job = (await train.json()) as { id: string }
    for (;;) {
      const r = await fetch(`${url}/v1/stores/shop/jobs/${job.id}`, { headers: admin })
      const { status, message } = (await r.json()) as { status: string; message: string }
      expect([status, message]).not.toContain('failed')
      if (status === 'succeeded') break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    // The instance that trained looks for the new version at once, and answers from the old one
    // until it is loaded.
    let retrained = await get(CART, keys.publishable)
    for (let i = 0; i < 100 && retrained.body.modelVersion === first.body.modelVersion; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      retrained = await get(CART, keys.publishable)
    }
    expect(retrained.body.modelVersion).toBe(first.body.modelVersion + 1)
    expect(seen.filter((s) => s === `GET ${CART}`)).toHaveLength(1)
  })

  it('answers requests that read the shopper’s events (a session) after the read', async () => {
    const { keys, get, seen } = await laneApp()
    await get(CART, keys.publishable)
    seen.length = 0
    const r = await get(`${CART}&session=s-42`, keys.publishable)
    expect(r.status).toBe(200)
    expect(r.body.offers.length).toBeGreaterThan(0)
    expect(seen).toEqual([])
  })

  it('reads the shopper’s events on every repeat of a URL: a dismissal counts at once', async () => {
    const { keys, url, get, seen } = await laneApp()
    const mine = `${CART}&session=s-7`
    await get(mine, keys.publishable)
    // Served from the lane twice: the URL's query is kept, and its answer may be cached.
    const before = await get(mine, keys.publishable)
    const first = before.body.offers[0]
    const sent = await fetch(`${url}/v1/stores/shop/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keys.publishable}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        events: [
          {
            id: 'dismiss-1',
            kind: 'dismiss',
            at: new Date(Date.now() - 1000).toISOString(),
            sku: first.sku,
            offerId: first.id,
            placement: 'cart',
            session: 's-7',
          },
        ],
      }),
    })
    expect(sent.status).toBeLessThan(300)
    seen.length = 0
    const after = await get(mine, keys.publishable)
    expect(seen).toEqual([])
    expect(after.body.offers.map((o: { sku: string }) => o.sku)).not.toContain(first.sku)
    // Another session's answer still holds it.
    const other = await get(`${CART}&session=s-8`, keys.publishable)
    expect(other.body.offers[0].sku).toBe(first.sku)
  })
})

describe('the express lane with request logging on', () => {
  it('writes fastify’s two lines per request, with the answer’s request id', async () => {
    const lines: Record<string, unknown>[] = []
    const { keys, get } = await laneApp(
      { logLevel: 'info', requestLogging: true },
      { write: (line) => lines.push(JSON.parse(line)) },
    )
    await get(CART, keys.publishable)
    lines.length = 0
    const { body } = await get(CART, keys.publishable)
    await new Promise((resolve) => setTimeout(resolve, 20))
    const mine = lines.filter((l) => l['requestId'] === body.requestId)
    expect(mine.map((l) => l['msg'])).toEqual(['incoming request', 'request completed'])
    expect(mine[0]!['req']).toMatchObject({ method: 'GET', url: CART })
    expect(mine[1]!['res']).toEqual({ statusCode: 200 })
    expect(JSON.stringify(lines)).not.toContain(keys.publishable)
    const withKey = `${CART}&key=${keys.publishable}`
    await get(withKey, undefined)
    const lane = await get(withKey, undefined)
    await new Promise((resolve) => setTimeout(resolve, 20))
    const logged = lines.find((l) => l['requestId'] === lane.body.requestId)
    expect(logged?.['req']).toMatchObject({ url: `${CART}&key=[redacted]` })
    expect(JSON.stringify(lines)).not.toContain(keys.publishable)
  })
})
