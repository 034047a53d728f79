/**
 * Referral codes: a reward for both sides, a use limit, one referral per referee, and abuse rules
 * (never the owner, never beyond the limit, never after expiry). Pure: state in, new state out.
 * @module
 */
import type { Minor } from '../domain/money.js'
import { fail, type Issue, ok, type Result } from '../errors.js'
import { parseInstant } from './limited-time-instant.js'

/** What one side of a referral gets: an amount off (minor units) or a percentage off. */
export type ReferralReward =
  | { kind: 'amount_off'; amount: Minor }
  | { kind: 'percent_off'; pct: number }

/** A validated referral code; `expires` is `expires_at` in ms. */
export interface ReferralCode {
  code: string
  /** The customer who owns the code (and gets `referrer_reward`). */
  owner: string
  limit: number
  expires_at: string
  expires: number
  referrer_reward: ReferralReward
  referee_reward: ReferralReward
}

/** One accepted redemption. */
export interface Redemption {
  code: string
  owner: string
  referee: string
  at: number
  referrer_reward: ReferralReward
  referee_reward: ReferralReward
}

/** The codes and every redemption so far. */
export interface ReferralState {
  codes: readonly ReferralCode[]
  redemptions: readonly Redemption[]
}

/** An accepted redemption and the state that records it. */
export interface Redeemed {
  redemption: Redemption
  state: ReferralState
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

function parseReward(x: unknown, key: string, issues: Issue[]): ReferralReward | undefined {
  if (isRecord(x) && x['kind'] === 'amount_off') {
    const amount = x['amount']
    if (Number.isSafeInteger(amount) && (amount as number) > 0)
      return { kind: 'amount_off', amount: amount as number }
  }
  if (isRecord(x) && x['kind'] === 'percent_off') {
    const pct = x['pct']
    if (typeof pct === 'number' && pct > 0 && pct <= 100) return { kind: 'percent_off', pct }
  }
  issues.push({
    code: 'invalid_reward',
    path: [key],
    message:
      'expected {kind:"amount_off", amount > 0 minor units} or {kind:"percent_off", pct in (0, 100]}',
  })
  return undefined
}

/** Validates a referral code's configuration. */
export function parseReferralCode(input: unknown): Result<ReferralCode> {
  if (!isRecord(input))
    return fail({ code: 'invalid_type', path: [], message: 'expected an object' })
  const issues: Issue[] = []
  const { code, owner, limit } = input
  if (typeof code !== 'string' || !/^[A-Za-z0-9_-]{3,64}$/.test(code))
    issues.push({
      code: 'invalid_code',
      path: ['code'],
      message: 'code must be 3–64 letters, digits, _ or -',
    })
  if (typeof owner !== 'string' || owner === '')
    issues.push({ code: 'invalid_owner', path: ['owner'], message: 'owner must be a customer id' })
  if (!Number.isSafeInteger(limit) || (limit as number) < 1)
    issues.push({
      code: 'invalid_limit',
      path: ['limit'],
      message: 'limit must be a positive integer',
    })
  const expires = parseInstant(input['expires_at'], ['expires_at'])
  if ('issue' in expires) issues.push(expires.issue)
  const referrer = parseReward(input['referrer_reward'], 'referrer_reward', issues)
  const referee = parseReward(input['referee_reward'], 'referee_reward', issues)
  if (issues.length > 0 || !('ms' in expires) || !referrer || !referee) return fail(...issues)
  return ok({
    code: code as string,
    owner: owner as string,
    limit: limit as number,
    expires_at: input['expires_at'] as string,
    expires: expires.ms,
    referrer_reward: referrer,
    referee_reward: referee,
  })
}

/**
 * Redeems `code` for `referee` at `at` (ms): `unknown_code`, `invalid_referee` (no customer id),
 * `own_code`, `expired` (at ≥ expiry), `limit_reached`, or `already_used` (a referee is referred
 * once, whatever the code) fail; otherwise the redemption and the state with it appended.
 */
export function redeemReferral(
  code: string,
  state: ReferralState,
  referee: string,
  at: number,
): Result<Redeemed> {
  const issue = (c: string, message: string): Result<Redeemed> =>
    fail({ code: c, path: ['code'], message, input: code })
  const found = state.codes.find((c) => c.code === code)
  if (!found) return issue('unknown_code', 'no such referral code')
  if (referee === '') return issue('invalid_referee', 'a referral needs a known customer')
  if (referee === found.owner) return issue('own_code', 'a code cannot be used by its owner')
  if (at >= found.expires) return issue('expired', `the code expired at ${found.expires_at}`)
  const uses = state.redemptions.filter((r) => r.code === code).length
  if (uses >= found.limit) return issue('limit_reached', `the code was used ${uses} times already`)
  if (state.redemptions.some((r) => r.referee === referee))
    return issue('already_used', 'this customer was already referred')
  const redemption: Redemption = {
    code,
    owner: found.owner,
    referee,
    at,
    referrer_reward: found.referrer_reward,
    referee_reward: found.referee_reward,
  }
  return ok({
    redemption,
    state: { codes: state.codes, redemptions: [...state.redemptions, redemption] },
  })
}
