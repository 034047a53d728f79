import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  parseReferralCode,
  type ReferralCode,
  type ReferralState,
  redeemReferral,
} from './referral.js'

function code(input: unknown): ReferralCode {
  const r = parseReferralCode(input)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}

const ANNA = {
  code: 'ANNA10',
  owner: 'anna',
  limit: 2,
  expires_at: '2025-12-31T23:00:00Z',
  referrer_reward: { kind: 'amount_off', amount: 1000 },
  referee_reward: { kind: 'percent_off', pct: 15 },
}
const END = Date.UTC(2025, 11, 31, 23)
const state = (): ReferralState => ({ codes: [code(ANNA)], redemptions: [] })
const errors = (r: ReturnType<typeof redeemReferral>): string[] =>
  r.ok ? [] : r.issues.map((i) => i.code)

describe('parseReferralCode', () => {
  it('accepts a code with rewards for both sides', () => {
    expect(code(ANNA)).toMatchObject({ code: 'ANNA10', limit: 2, expires: END })
  })

  it('reports bad fields', () => {
    const r = parseReferralCode({
      code: 'a b',
      owner: '',
      limit: 0,
      expires_at: 'soon',
      referrer_reward: { kind: 'amount_off', amount: 9.5 },
    })
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_code', 'code'],
      ['invalid_owner', 'owner'],
      ['invalid_limit', 'limit'],
      ['invalid_time', 'expires_at'],
      ['invalid_reward', 'referrer_reward'],
      ['invalid_reward', 'referee_reward'],
    ])
    expect(parseReferralCode([]).ok).toBe(false)
  })
})

describe('redeemReferral', () => {
  it('grants both rewards and returns the new state, leaving the old one untouched', () => {
    const s = state()
    const r = redeemReferral('ANNA10', s, 'bob', END - 1)
    expect(r.ok && r.value.redemption).toEqual({
      code: 'ANNA10',
      owner: 'anna',
      referee: 'bob',
      at: END - 1,
      referrer_reward: { kind: 'amount_off', amount: 1000 },
      referee_reward: { kind: 'percent_off', pct: 15 },
    })
    expect(r.ok && r.value.state.redemptions).toHaveLength(1)
    expect(s.redemptions).toHaveLength(0)
  })

  it('enforces the abuse rules', () => {
    const s = state()
    expect(errors(redeemReferral('NOPE', s, 'bob', 0))).toEqual(['unknown_code'])
    expect(errors(redeemReferral('ANNA10', s, 'anna', 0))).toEqual(['own_code'])
    expect(errors(redeemReferral('ANNA10', s, '', 0))).toEqual(['invalid_referee'])
    expect(errors(redeemReferral('ANNA10', s, 'bob', END))).toEqual(['expired'])
    const one = redeemReferral('ANNA10', s, 'bob', 0)
    if (!one.ok) throw new Error('expected a redemption')
    expect(errors(redeemReferral('ANNA10', one.value.state, 'bob', 1))).toEqual(['already_used'])
    const two = redeemReferral('ANNA10', one.value.state, 'carol', 1)
    if (!two.ok) throw new Error('expected a redemption')
    expect(errors(redeemReferral('ANNA10', two.value.state, 'dave', 2))).toEqual(['limit_reached'])
  })

  it('property: redemptions never exceed the limit, never go to the owner or twice to a referee', () => {
    const customers = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5']
    const arb = fc.record({
      limits: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
      owners: fc.array(fc.constantFrom(...customers), { minLength: 3, maxLength: 3 }),
      tries: fc.array(
        fc.tuple(fc.nat(3), fc.constantFrom(...customers), fc.integer({ min: 0, max: 120 })),
        {
          maxLength: 40,
        },
      ),
    })
    fc.assert(
      fc.property(arb, ({ limits, owners, tries }) => {
        const codes = limits.map((limit, k) =>
          code({
            ...ANNA,
            code: `CODE${k}`,
            owner: owners[k],
            limit,
            expires_at: '1970-01-01T00:01:40Z',
          }),
        )
        let s: ReferralState = { codes, redemptions: [] }
        for (const [k, referee, sec] of tries) {
          const r = redeemReferral(`CODE${k}`, s, referee, sec * 1000)
          if (r.ok) s = r.value.state
        }
        for (const c of codes) {
          const used = s.redemptions.filter((r) => r.code === c.code)
          expect(used.length).toBeLessThanOrEqual(c.limit)
          expect(used.every((r) => r.referee !== c.owner && r.at < c.expires)).toBe(true)
        }
        expect(new Set(s.redemptions.map((r) => r.referee)).size).toBe(s.redemptions.length)
      }),
      { numRuns: 300 },
    )
  })
})
