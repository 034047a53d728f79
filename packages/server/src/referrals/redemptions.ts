/**
 * Referral redemptions: the core decides (`redeemReferral`), this module keeps what it decided.
 *
 * Every redemption of a store lives in one versioned document, `referral_redemptions` (not a
 * configuration document: the `config/{name}` routes cannot read or write it), written by
 * compare-and-set on its version. Two instances redeeming the last use of a code at the same
 * moment both read version n, but only one write of version n + 1 succeeds; the other finds a
 * newer version, reads again and is judged against the redemption that won. One document per
 * store rather than per code, because "one referral per referee" spans every code.
 * @module
 */
import type { DocumentStore } from '@upcross/engine'
import {
  type Issue,
  isUpcrossError,
  parseReferralCode,
  type Redemption,
  type ReferralCode,
  type ReferralState,
  redeemReferral,
  UpcrossError,
} from 'upcross'

/** The document that records a store's redemptions, in the order they were accepted. */
export const REDEMPTIONS_DOCUMENT = 'referral_redemptions'

/** The configuration document that holds the store's referral codes. */
const CODES_DOCUMENT = 'referrals'

/** How often a redemption is judged again after losing a race to another writer. */
const MAX_ATTEMPTS = 20

/** What `REDEMPTIONS_DOCUMENT` holds. */
interface StoredRedemptions {
  redemptions: Redemption[]
}

/** The store's codes and redemptions, and the version of the redemptions document (0: none). */
interface Loaded {
  state: ReferralState
  version: number
}

/** A code, its redemptions so far, and what is left of it. */
export interface CodeUsage {
  code: ReferralCode
  redemptions: Redemption[]
  uses: number
  remaining: number
}

/** An accepted redemption and the code's usage with it. */
export interface RedeemOutcome {
  redemption: Redemption
  usage: CodeUsage
}

const iso = (ms: number): string => new Date(ms).toISOString()

/** The codes of the `referrals` document; a code that no longer parses is left out. */
function codesOf(value: unknown): ReferralCode[] {
  if (!Array.isArray(value)) return []
  const codes: ReferralCode[] = []
  for (const item of value) {
    const parsed = parseReferralCode(item)
    if (parsed.ok) codes.push(parsed.value)
  }
  return codes
}

function redemptionsOf(value: unknown): Redemption[] {
  const list = (value as Partial<StoredRedemptions> | null | undefined)?.redemptions
  if (!Array.isArray(list))
    throw new UpcrossError('internal', `the ${REDEMPTIONS_DOCUMENT} document has no redemptions`)
  return list
}

async function load(store: DocumentStore, storeId: string): Promise<Loaded> {
  const [codes, redemptions] = await Promise.all([
    store.getDocument(storeId, CODES_DOCUMENT),
    store.getDocument(storeId, REDEMPTIONS_DOCUMENT),
  ])
  return {
    state: {
      codes: codesOf(codes?.value),
      redemptions: redemptions ? redemptionsOf(redemptions.value) : [],
    },
    version: redemptions?.version ?? 0,
  }
}

function usageOf(code: ReferralCode, state: ReferralState): CodeUsage {
  const redemptions = state.redemptions.filter((r) => r.code === code.code)
  return {
    code,
    redemptions,
    uses: redemptions.length,
    remaining: Math.max(0, code.limit - redemptions.length),
  }
}

function unknownCode(code: string): UpcrossError {
  return new UpcrossError(
    'not_found',
    `unknown referral code "${code}": the store's referrals document has no such code`,
    { issues: [{ code: 'unknown_code', path: ['code'], message: 'no such referral code' }] },
  )
}

/**
 * The error of a refused redemption, saying exactly why: `not_found` for an unknown code,
 * `conflict` (409) when the code or the customer's history forbids it — the issue's code
 * (`own_code`, `expired`, `limit_reached`, `already_used`) is the machine-readable reason.
 */
function refusal(
  issue: Issue,
  code: string,
  referee: string,
  at: number,
  state: ReferralState,
): UpcrossError {
  if (issue.code === 'unknown_code') return unknownCode(code)
  const found = state.codes.find((c) => c.code === code)
  let message = `cannot redeem referral code "${code}" for customer "${referee}": ${issue.message}`
  let path: (string | number)[] = ['code']
  if (issue.code === 'own_code' && found) {
    message = `customer "${referee}" owns referral code "${code}" and cannot redeem it`
    path = ['customer']
  } else if (issue.code === 'expired' && found) {
    message = `referral code "${code}" expired at ${found.expires_at} (redemption at ${iso(at)})`
  } else if (issue.code === 'limit_reached' && found) {
    const uses = state.redemptions.filter((r) => r.code === code).length
    message = `referral code "${code}" has reached its limit: used ${uses} of ${found.limit} times`
  } else if (issue.code === 'already_used') {
    const earlier = state.redemptions.find((r) => r.referee === referee)
    message = earlier
      ? `customer "${referee}" was already referred (code "${earlier.code}" at ${iso(earlier.at)}); a customer is referred once`
      : `customer "${referee}" was already referred; a customer is referred once`
    path = ['customer']
  }
  const status = issue.code === 'invalid_referee' ? 'invalid_input' : 'conflict'
  return new UpcrossError(status, message, { issues: [{ code: issue.code, path, message }] })
}

/** A short random pause before judging again, so racing instances do not collide in lockstep. */
function pause(attempt: number): Promise<void> {
  const ms = Math.random() * Math.min(50, 2 ** attempt)
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Redeems `code` for `referee` at `at` (ms) and records it durably before returning; `now` is
 * the document's write time. Throws `not_found` (unknown code), `conflict` (the core's refusal,
 * see `refusal`), or `unavailable` after `MAX_ATTEMPTS` lost races.
 */
export async function redeemCode(
  store: DocumentStore,
  storeId: string,
  code: string,
  referee: string,
  at: number,
  now: number,
): Promise<RedeemOutcome> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const { state, version } = await load(store, storeId)
    const result = redeemReferral(code, state, referee, at)
    if (!result.ok) throw refusal(result.issues[0]!, code, referee, at, state)
    const value: StoredRedemptions = { redemptions: [...result.value.state.redemptions] }
    try {
      // Compare-and-set: refused with `conflict` when another writer got in since `load`.
      await store.putDocument(storeId, REDEMPTIONS_DOCUMENT, value, now, version)
    } catch (error) {
      if (isUpcrossError(error) && error.code === 'conflict') {
        await pause(attempt)
        continue
      }
      throw error
    }
    const found = result.value.state.codes.find((c) => c.code === code)!
    return {
      redemption: result.value.redemption,
      usage: usageOf(found, result.value.state),
    }
  }
  throw new UpcrossError(
    'unavailable',
    `the referral redemptions of store "${storeId}" are being written too often; retry`,
  )
}

/** The code's usage; throws `not_found` when the store has no such code. */
export async function codeUsage(
  store: DocumentStore,
  storeId: string,
  code: string,
): Promise<CodeUsage> {
  const { state } = await load(store, storeId)
  const found = state.codes.find((c) => c.code === code)
  if (!found) throw unknownCode(code)
  return usageOf(found, state)
}
