import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createMemoryStore, type Store } from '@upcross/engine'
import { openSqliteStore } from '@upcross/store-sql'
import { isUpcrossError } from 'upcross'
import { afterEach, describe, expect, it } from 'vitest'
import { loadStoreSettings } from '../offers/store-settings.js'
import { REDEMPTIONS_DOCUMENT } from '../referrals/redemptions.js'
import { type Fixture, fixture, type StoreKeys } from '../test-support/fixture.js'

const NOW = Date.UTC(2025, 5, 1, 12)

const ANNA = {
  code: 'ANNA10',
  owner: 'anna',
  limit: 2,
  expires_at: '2025-12-31T23:00:00Z',
  referrer_reward: { kind: 'amount_off', amount: 1000 },
  referee_reward: { kind: 'percent_off', pct: 15 },
}
const OLD = {
  code: 'OLD5',
  owner: 'olga',
  limit: 10,
  expires_at: '2025-01-01T00:00:00Z',
  referrer_reward: { kind: 'amount_off', amount: 500 },
  referee_reward: { kind: 'amount_off', amount: 500 },
}
const ONCE = { ...ANNA, code: 'ONCE', owner: 'oscar', limit: 1 }

const opened: Fixture[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const f of opened.splice(0)) await f.app.close()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** An app over `store` (closing the app only: tests that share a store close it themselves). */
function open(store: Store = createMemoryStore()): Fixture {
  const f = fixture({}, store, () => NOW)
  opened.push(f)
  return f
}

async function withCodes(f: Fixture, storeId = 'shop'): Promise<StoreKeys> {
  const keys = await f.createStore(storeId)
  const r = await f.app.inject({
    method: 'PUT',
    url: `/v1/stores/${storeId}/config/referrals`,
    headers: f.auth(keys.secret),
    payload: { value: [ANNA, OLD, ONCE] },
  })
  expect(r.statusCode, r.body).toBe(200)
  return keys
}

function redeem(f: Fixture, key: string, body: Record<string, unknown>, storeId = 'shop') {
  return f.app.inject({
    method: 'POST',
    url: `/v1/stores/${storeId}/referrals/redeem`,
    headers: f.auth(key),
    payload: body,
  })
}

function usage(f: Fixture, key: string, code: string, storeId = 'shop') {
  return f.app.inject({ url: `/v1/stores/${storeId}/referrals/${code}`, headers: f.auth(key) })
}

/**
 * Wraps stores so that the first `readers` reads of the redemptions document (across every
 * wrapped store) wait for each other: they all see the same version before any of them writes,
 * which forces the compare-and-set conflict. Counts the conflicts the writes met.
 */
function raceOnRead(readers: number) {
  const waiting: (() => void)[] = []
  const state = { armed: false, conflicts: 0 }
  const wrap = (inner: Store): Store =>
    new Proxy(inner, {
      get(target, prop) {
        if (prop === 'getDocument')
          return async (storeId: string, name: string) => {
            const doc = await target.getDocument(storeId, name)
            if (state.armed && name === REDEMPTIONS_DOCUMENT)
              await new Promise<void>((resolve) => {
                waiting.push(resolve)
                if (waiting.length === readers) {
                  state.armed = false
                  for (const go of waiting.splice(0)) go()
                }
              })
            return doc
          }
        if (prop === 'putDocument')
          return async (...args: Parameters<Store['putDocument']>) => {
            try {
              return await target.putDocument(...args)
            } catch (error) {
              if (isUpcrossError(error) && error.code === 'conflict') state.conflicts++
              throw error
            }
          }
        const value = Reflect.get(target, prop, target)
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
  return { wrap, state }
}

describe('referral redemptions', () => {
  it('redeems a code: 200 with both rewards, recorded before the answer', async () => {
    const f = open()
    const keys = await withCodes(f)
    const r = await redeem(f, keys.secret, { code: 'ANNA10', customer: 'bob' })
    expect(r.statusCode, r.body).toBe(200)
    expect(r.json()).toEqual({
      redemption: {
        code: 'ANNA10',
        owner: 'anna',
        referee: 'bob',
        at: new Date(NOW).toISOString(),
        referrerReward: { kind: 'amount_off', amount: 1000 },
        refereeReward: { kind: 'percent_off', pct: 15 },
      },
      limit: 2,
      uses: 1,
      remaining: 1,
    })
    const at = await redeem(f, keys.secret, {
      code: 'ANNA10',
      customer: 'cleo',
      at: '2025-06-02T08:00:00+02:00',
    })
    expect(at.json()).toMatchObject({
      redemption: { referee: 'cleo', at: '2025-06-02T06:00:00.000Z' },
      uses: 2,
      remaining: 0,
    })
    const shown = await usage(f, keys.secret, 'ANNA10')
    expect(shown.statusCode).toBe(200)
    expect(shown.json()).toEqual({
      code: 'ANNA10',
      owner: 'anna',
      expiresAt: '2025-12-31T23:00:00.000Z',
      expired: false,
      referrerReward: { kind: 'amount_off', amount: 1000 },
      refereeReward: { kind: 'percent_off', pct: 15 },
      limit: 2,
      uses: 2,
      remaining: 0,
      redemptions: [
        { referee: 'bob', at: new Date(NOW).toISOString() },
        { referee: 'cleo', at: '2025-06-02T06:00:00.000Z' },
      ],
    })
    expect((await usage(f, keys.secret, 'OLD5')).json()).toMatchObject({
      expired: true,
      uses: 0,
      remaining: 10,
      redemptions: [],
    })
  })

  it('refuses an unknown code with 404, on redeem and on read', async () => {
    const f = open()
    const keys = await f.createStore('shop')
    const none = await redeem(f, keys.secret, { code: 'ANNA10', customer: 'bob' })
    expect(none.statusCode).toBe(404)
    expect(none.json().error).toMatchObject({
      code: 'not_found',
      message: `unknown referral code "ANNA10": the store's referrals document has no such code`,
      issues: [{ code: 'unknown_code', path: ['code'] }],
    })
    await withCodes(f, 'other')
    const r = await redeem(f, keys.secret, { code: 'NOPE', customer: 'bob' })
    expect(r.statusCode).toBe(404)
    expect(r.json().error.message).toContain('unknown referral code "NOPE"')
    expect((await usage(f, keys.secret, 'NOPE')).statusCode).toBe(404)
  })

  it('refuses the owner, an expired code, a used-up code and a customer already referred with 409 and the exact reason', async () => {
    const f = open()
    const keys = await withCodes(f)
    const refused = async (body: Record<string, unknown>) => {
      const r = await redeem(f, keys.secret, body)
      expect(r.statusCode, r.body).toBe(409)
      const error = r.json().error
      expect(error.code).toBe('conflict')
      expect(error.issues).toHaveLength(1)
      expect(error.issues[0].message).toBe(error.message)
      return { reason: error.issues[0].code, path: error.issues[0].path, message: error.message }
    }
    expect(await refused({ code: 'ANNA10', customer: 'anna' })).toEqual({
      reason: 'own_code',
      path: ['customer'],
      message: 'customer "anna" owns referral code "ANNA10" and cannot redeem it',
    })
    expect(await refused({ code: 'OLD5', customer: 'bob' })).toEqual({
      reason: 'expired',
      path: ['code'],
      message: `referral code "OLD5" expired at 2025-01-01T00:00:00Z (redemption at ${new Date(NOW).toISOString()})`,
    })
    expect(
      await refused({ code: 'ANNA10', customer: 'bob', at: '2026-01-01T00:00:00Z' }),
    ).toMatchObject({ reason: 'expired' })
    expect((await redeem(f, keys.secret, { code: 'ONCE', customer: 'bob' })).statusCode).toBe(200)
    expect(await refused({ code: 'ONCE', customer: 'cleo' })).toEqual({
      reason: 'limit_reached',
      path: ['code'],
      message: 'referral code "ONCE" has reached its limit: used 1 of 1 times',
    })
    expect(await refused({ code: 'ANNA10', customer: 'bob' })).toEqual({
      reason: 'already_used',
      path: ['customer'],
      message: `customer "bob" was already referred (code "ONCE" at ${new Date(NOW).toISOString()}); a customer is referred once`,
    })
    // Nothing refused was recorded.
    expect((await usage(f, keys.secret, 'ANNA10')).json()).toMatchObject({ uses: 0 })
    expect((await usage(f, keys.secret, 'ONCE')).json()).toMatchObject({ uses: 1 })
  })

  it('refuses a malformed body with 400', async () => {
    const f = open()
    const keys = await withCodes(f)
    const bad = async (body: Record<string, unknown>, path: unknown[]) => {
      const r = await redeem(f, keys.secret, body)
      expect(r.statusCode, JSON.stringify(body)).toBe(400)
      expect(r.json().error.issues[0].path).toEqual(path)
    }
    await bad({ code: 'ANNA10', customer: '' }, ['customer'])
    await bad({ code: 'ANNA10' }, ['customer'])
    await bad({ code: 'ANNA10', customer: 'bob', at: '2025-06-01T10:00:00' }, ['at'])
    await bad({ code: 'ANNA10', customer: 'bob', extra: 1 }, ['extra'])
    expect((await usage(f, keys.secret, 'ANNA10')).json()).toMatchObject({ uses: 0 })
  })

  it.each([
    ['the first use (no redemption recorded yet)', 'ONCE', []],
    ['the last use', 'ANNA10', ['bob']],
  ])('lets exactly one of two concurrent requests take %s', async (_, code, before) => {
    const race = raceOnRead(2)
    const f = open(race.wrap(createMemoryStore()))
    const keys = await withCodes(f)
    for (const customer of before)
      expect((await redeem(f, keys.secret, { code, customer })).statusCode).toBe(200)
    race.state.armed = true
    const answers = await Promise.all(
      ['carol', 'dave'].map((customer) => redeem(f, keys.secret, { code, customer })),
    )
    expect(race.state.conflicts, 'both read the same version; one write lost').toBe(1)
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409])
    const lost = answers.find((r) => r.statusCode === 409)!.json().error
    expect(lost.issues[0].code).toBe('limit_reached')
    expect(lost.message).toContain('has reached its limit')
    const shown = (await usage(f, keys.secret, code)).json()
    expect(shown).toMatchObject({ uses: shown.limit, remaining: 0 })
    expect(shown.redemptions).toHaveLength(shown.limit)
  })

  it('never exceeds the limit when many customers redeem at once', async () => {
    const customers = Array.from({ length: 12 }, (_, i) => `c${i}`)
    const race = raceOnRead(customers.length)
    const f = open(race.wrap(createMemoryStore()))
    const keys = await withCodes(f)
    race.state.armed = true
    const answers = await Promise.all(
      customers.map((customer) => redeem(f, keys.secret, { code: 'ANNA10', customer })),
    )
    expect(answers.filter((r) => r.statusCode === 200)).toHaveLength(2)
    expect(answers.filter((r) => r.statusCode === 409)).toHaveLength(10)
    expect(
      race.state.conflicts,
      'all read one version: every write but one lost',
    ).toBeGreaterThanOrEqual(11)
    expect((await usage(f, keys.secret, 'ANNA10')).json()).toMatchObject({ uses: 2, remaining: 0 })
  })

  it('refers a customer once even when two codes are redeemed for them at once', async () => {
    const race = raceOnRead(2)
    const f = open(race.wrap(createMemoryStore()))
    const keys = await withCodes(f)
    race.state.armed = true
    const answers = await Promise.all(
      ['ANNA10', 'ONCE'].map((code) => redeem(f, keys.secret, { code, customer: 'bob' })),
    )
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409])
    expect(answers.find((r) => r.statusCode === 409)!.json().error.issues[0].code).toBe(
      'already_used',
    )
  })

  it('needs a secret key of the store: publishable 403, another store 403, none 401', async () => {
    const f = open()
    const keys = await withCodes(f)
    const other = await withCodes(f, 'other')
    const body = { code: 'ANNA10', customer: 'bob' }
    for (const key of [keys.publishable, other.secret, other.publishable]) {
      const r = await redeem(f, key, body)
      expect(r.statusCode).toBe(403)
      expect(r.json().error.code).toBe('forbidden')
      expect((await usage(f, key, 'ANNA10')).statusCode).toBe(403)
    }
    const anonymous = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/referrals/redeem',
      payload: body,
    })
    expect(anonymous.statusCode).toBe(401)
    expect((await usage(f, keys.secret, 'ANNA10')).json()).toMatchObject({ uses: 0 })
    // The other store's codes are its own: redeeming there leaves this store's count alone.
    expect((await redeem(f, other.secret, body, 'other')).statusCode).toBe(200)
    expect((await usage(f, keys.secret, 'ANNA10')).json()).toMatchObject({ uses: 0 })
    expect((await redeem(f, keys.secret, body)).statusCode).toBe(200)
  })

  it('is durable: a second app over the same store sees the redemption and keeps the limit', async () => {
    const store = createMemoryStore()
    const first = open(store)
    const keys = await withCodes(first)
    expect((await redeem(first, keys.secret, { code: 'ONCE', customer: 'bob' })).statusCode).toBe(
      200,
    )
    await first.app.close()
    const second = open(store)
    expect((await usage(second, keys.secret, 'ONCE')).json()).toMatchObject({
      uses: 1,
      remaining: 0,
      redemptions: [{ referee: 'bob' }],
    })
    const again = await redeem(second, keys.secret, { code: 'ONCE', customer: 'cleo' })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.issues[0].code).toBe('limit_reached')
    await store.close()
  })

  it('two instances on one SQLite file: the last use goes to exactly one of them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upcross-referrals-'))
    dirs.push(dir)
    const file = join(dir, 'shared.db')
    const race = raceOnRead(2)
    const storeA = await openSqliteStore(file)
    const storeB = await openSqliteStore(file)
    try {
      const a = open(race.wrap(storeA))
      const b = open(race.wrap(storeB))
      const keys = await withCodes(a)
      expect((await redeem(a, keys.secret, { code: 'ANNA10', customer: 'bob' })).statusCode).toBe(
        200,
      )
      race.state.armed = true
      const answers = await Promise.all([
        redeem(a, keys.secret, { code: 'ANNA10', customer: 'carol' }),
        redeem(b, keys.secret, { code: 'ANNA10', customer: 'dave' }),
      ])
      expect(race.state.conflicts).toBe(1)
      expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409])
      for (const app of [a, b])
        expect((await usage(app, keys.secret, 'ANNA10')).json()).toMatchObject({
          uses: 2,
          remaining: 0,
        })
    } finally {
      for (const f of opened.splice(0)) await f.app.close()
      await storeA.close()
      await storeB.close()
    }
  })

  it('keeps redemptions out of the configuration: no config route, no settings change', async () => {
    const store = createMemoryStore()
    const f = open(store)
    const keys = await withCodes(f)
    const tenant = { id: 'shop', currency: 'EUR' }
    const before = await loadStoreSettings(store, tenant)
    expect((await redeem(f, keys.secret, { code: 'ANNA10', customer: 'bob' })).statusCode).toBe(200)
    expect(await store.getDocument('shop', REDEMPTIONS_DOCUMENT)).toBeDefined()
    expect((await loadStoreSettings(store, tenant)).version).toBe(before.version)
    const read = await f.app.inject({
      url: `/v1/stores/shop/config/${REDEMPTIONS_DOCUMENT}`,
      headers: f.auth(keys.secret),
    })
    expect(read.statusCode).toBe(400)
    await store.close()
  })
})
