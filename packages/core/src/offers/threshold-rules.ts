/**
 * The store's cart-threshold rules (free shipping at X, a free gift at Y, 10 % off at Z) as
 * validated data: per currency and region, tiers in minor units, and what counts toward them.
 * @module
 */
import type { Minor } from '../domain/money.js'
import type { ThresholdReward } from '../domain/reason.js'
import { fail, type Issue, ok, type Result } from '../errors.js'

/** One tier: the counted subtotal at which `reward` is granted (minor units, > 0). */
export interface ThresholdTier {
  threshold: Minor
  reward: ThresholdReward
}

/** The tiers of one currency and region (`*`: every region without its own set). */
export interface ThresholdRuleSet {
  currency: string
  region: string
  /** Ascending by threshold, thresholds distinct. */
  tiers: ThresholdTier[]
}

/**
 * What counts toward a threshold: the item subtotal after item discounts (never shipping nor
 * order-level discounts), without `excluded_skus`, and gift cards only when `gift_cards_count`.
 */
export interface ThresholdCounting {
  gift_cards_count: boolean
  gift_card_skus: string[]
  excluded_skus: string[]
}

/** A store's validated threshold rules. */
export interface ThresholdRules {
  counting: ThresholdCounting
  rule_sets: ThresholdRuleSet[]
}

type Path = (string | number)[]

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

function unknownKeys(o: Record<string, unknown>, known: string[], path: Path): Issue[] {
  return Object.keys(o)
    .filter((k) => !known.includes(k))
    .map((k) => ({ code: 'unknown_key', path: [...path, k], message: `unknown key "${k}"` }))
}

function skuList(x: unknown, path: Path, issues: Issue[]): string[] {
  if (x === undefined) return []
  if (!Array.isArray(x) || !x.every((s) => typeof s === 'string' && s !== '')) {
    issues.push({ code: 'invalid_type', path, message: 'expected an array of non-empty SKUs' })
    return []
  }
  return [...x] as string[]
}

function parseCounting(x: unknown, issues: Issue[]): ThresholdCounting {
  const path: Path = ['counting']
  const none = { gift_cards_count: false, gift_card_skus: [], excluded_skus: [] }
  if (x === undefined) return none
  if (!isRecord(x)) {
    issues.push({ code: 'invalid_type', path, message: 'expected an object' })
    return none
  }
  issues.push(...unknownKeys(x, ['gift_cards_count', 'gift_card_skus', 'excluded_skus'], path))
  const count = x['gift_cards_count'] ?? false
  if (typeof count !== 'boolean')
    issues.push({
      code: 'invalid_type',
      path: [...path, 'gift_cards_count'],
      message: 'expected true or false',
    })
  return {
    gift_cards_count: count === true,
    gift_card_skus: skuList(x['gift_card_skus'], [...path, 'gift_card_skus'], issues),
    excluded_skus: skuList(x['excluded_skus'], [...path, 'excluded_skus'], issues),
  }
}

function parseReward(x: unknown, path: Path, issues: Issue[]): ThresholdReward | undefined {
  if (!isRecord(x)) {
    issues.push({ code: 'invalid_type', path, message: 'expected a reward object with a kind' })
    return undefined
  }
  if (x['kind'] === 'free_shipping') return { kind: 'free_shipping' }
  if (x['kind'] === 'free_gift') {
    const sku = x['sku']
    if (typeof sku === 'string' && sku !== '') return { kind: 'free_gift', sku }
    issues.push({ code: 'missing_sku', path: [...path, 'sku'], message: 'a free gift needs a SKU' })
    return undefined
  }
  if (x['kind'] === 'percent_off') {
    const pct = x['pct']
    if (typeof pct === 'number' && pct > 0 && pct <= 100) return { kind: 'percent_off', pct }
    issues.push({
      code: 'invalid_percent',
      path: [...path, 'pct'],
      message: 'pct must be a number in (0, 100]',
    })
    return undefined
  }
  issues.push({
    code: 'unknown_reward',
    path: [...path, 'kind'],
    message: 'kind must be free_shipping, free_gift or percent_off',
  })
  return undefined
}

function parseTiers(x: unknown, path: Path, issues: Issue[]): ThresholdTier[] {
  if (!Array.isArray(x) || x.length === 0) {
    issues.push({ code: 'invalid_type', path, message: 'expected a non-empty array of tiers' })
    return []
  }
  const tiers: ThresholdTier[] = []
  const seen = new Set<number>()
  x.forEach((t, k) => {
    const at: Path = [...path, k]
    if (!isRecord(t)) {
      issues.push({ code: 'invalid_type', path: at, message: 'expected a tier object' })
      return
    }
    const threshold = t['threshold']
    const reward = parseReward(t['reward'], [...at, 'reward'], issues)
    if (typeof threshold !== 'number' || !Number.isSafeInteger(threshold) || threshold <= 0) {
      issues.push({
        code: 'invalid_amount',
        path: [...at, 'threshold'],
        message: 'threshold must be a positive integer of minor units (5000 = 50.00)',
      })
      return
    }
    if (seen.has(threshold)) {
      issues.push({
        code: 'duplicate_threshold',
        path: [...at, 'threshold'],
        message: `two tiers at ${threshold}`,
      })
      return
    }
    seen.add(threshold)
    if (reward) tiers.push({ threshold, reward })
  })
  return tiers.sort((a, b) => a.threshold - b.threshold)
}

function parseRuleSet(x: unknown, path: Path, issues: Issue[]): ThresholdRuleSet | undefined {
  if (!isRecord(x)) {
    issues.push({ code: 'invalid_type', path, message: 'expected a rule set object' })
    return undefined
  }
  issues.push(...unknownKeys(x, ['currency', 'region', 'tiers'], path))
  const currency = x['currency']
  const region = x['region'] ?? '*'
  const before = issues.length
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency))
    issues.push({
      code: 'invalid_currency',
      path: [...path, 'currency'],
      message: 'currency must be an ISO 4217 code such as EUR',
    })
  if (typeof region !== 'string' || region === '')
    issues.push({
      code: 'invalid_region',
      path: [...path, 'region'],
      message: 'region must be a non-empty string (`*` for every region)',
    })
  const tiers = parseTiers(x['tiers'], [...path, 'tiers'], issues)
  if (issues.length > before) return undefined
  return { currency: currency as string, region: region as string, tiers }
}

/** Validates threshold rules; every problem is an issue with a code and a path. */
export function parseThresholdRules(input: unknown): Result<ThresholdRules> {
  if (!isRecord(input))
    return fail({ code: 'invalid_type', path: [], message: 'expected an object with rule_sets' })
  const issues: Issue[] = unknownKeys(input, ['counting', 'rule_sets'], [])
  const counting = parseCounting(input['counting'], issues)
  const raw = input['rule_sets']
  const sets: ThresholdRuleSet[] = []
  if (!Array.isArray(raw)) {
    issues.push({ code: 'invalid_type', path: ['rule_sets'], message: 'expected an array' })
  } else {
    const keys = new Set<string>()
    raw.forEach((r, k) => {
      const set = parseRuleSet(r, ['rule_sets', k], issues)
      if (!set) return
      const key = `${set.currency}/${set.region}`
      if (keys.has(key))
        issues.push({
          code: 'duplicate_rule_set',
          path: ['rule_sets', k],
          message: `a second rule set for ${key}`,
        })
      keys.add(key)
      sets.push(set)
    })
  }
  return issues.length > 0 ? fail(...issues) : ok({ counting, rule_sets: sets })
}
