import { createMemoryStore } from '@upcross/engine'
import { afterEach, describe, expect, it } from 'vitest'
import { type Fixture, fixture } from '../test-support/fixture.js'
import { ADDRESS_KEY_PREFIX, ERROR_REPORT_MS, RateLimitSharing } from './rate-limit-sharing.js'
import { RateLimiter } from './rate-limiter.js'

const HOUR = 3_600_000
const store = createMemoryStore()
const instances: Fixture[] = []
afterEach(async () => {
  for (const f of instances.splice(0)) await f.app.close()
})

/** An instance over the shared store, sharing its counts every 5 ms. */
function instance(rateLimitShareMs = 5): Fixture {
  const f = fixture({ rateLimit: { max: 5, windowMs: HOUR }, rateLimitShareMs }, store)
  instances.push(f)
  return f
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('rate limits shared by the instances of a deployment', () => {
  it('refuses a key on one instance once the deployment as a whole reached its limit', async () => {
    const [a, b] = [instance(), instance()]
    await Promise.all([a.app.ready(), b.app.ready()])
    const keys = await a.createStore('shared-limit')
    const get = (f: Fixture) =>
      f.app
        .inject({ url: '/v1/stores/shared-limit/keys', headers: f.auth(keys.secret) })
        .then((r) => r.statusCode)
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) statuses.push(await get(a))
    await pause(30) // A has shared its 3
    statuses.push(await get(b)) // B: 1 of its own; sharing it brings back A's 3
    await pause(30)
    statuses.push(await get(b)) // 2 + 3 = 5: the last one allowed
    statuses.push(await get(b))
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
    // A learns of B's requests when it next shares its own: its first request after B's is still
    // allowed (the limit holds give or take one sharing interval), the next one is not.
    await pause(30)
    expect(await get(a)).toBe(200)
    await pause(30)
    expect(await get(a)).toBe(429)
  })

  it('keeps counts per instance when sharing is off', async () => {
    const [a, b] = [instance(0), instance(0)]
    const keys = await a.createStore('own-limits')
    const get = (f: Fixture) =>
      f.app
        .inject({ url: '/v1/stores/own-limits/keys', headers: f.auth(keys.secret) })
        .then((r) => r.statusCode)
    for (let i = 0; i < 3; i++) await get(a)
    await pause(30)
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push(await get(b))
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
  })

  it('writes key counts to the store, never a client address', async () => {
    const own = createMemoryStore()
    const now = 7 * HOUR + 5
    const limiter = new RateLimiter(100, HOUR, () => now)
    limiter.take(`${ADDRESS_KEY_PREFIX}203.0.113.9`)
    limiter.take('key-hash')
    await new RateLimitSharing(limiter, own, () => undefined).share()
    const after = await own.addRequestCounts(
      7 * HOUR,
      new Map([
        [`${ADDRESS_KEY_PREFIX}203.0.113.9`, 1],
        ['key-hash', 1],
      ]),
      HOUR,
    )
    expect(after).toEqual(
      new Map([
        [`${ADDRESS_KEY_PREFIX}203.0.113.9`, 1],
        ['key-hash', 2],
      ]),
    )
  })

  it('reports a store that keeps failing once a minute, with how many sharings failed', async () => {
    let now = 0
    const limiter = new RateLimiter(100, HOUR, () => now)
    const down = {
      addRequestCounts: () => Promise.reject(new Error('connection refused')),
    }
    const reports: [string, number][] = []
    const sharing = new RateLimitSharing(
      limiter,
      down,
      (error, failures) => reports.push([(error as Error).message, failures]),
      () => now,
    )
    sharing.start(2)
    try {
      for (let i = 0; i < 10; i++) {
        limiter.take('key-hash') // something to share every time
        await pause(6)
      }
      expect(reports).toEqual([['connection refused', 1]])
      now += ERROR_REPORT_MS
      limiter.take('key-hash')
      await pause(20)
      expect(reports).toHaveLength(2)
      expect(reports[1]![1]).toBeGreaterThan(3)
    } finally {
      await sharing.stop()
    }
  })
})
