/**
 * A cart against the threshold rules: the counted subtotal, the tiers reached, the next tier and
 * the exact gap to it.
 * @module
 */
import type { Minor } from '../domain/money.js'
import type {
  ThresholdCounting,
  ThresholdRuleSet,
  ThresholdRules,
  ThresholdTier,
} from './threshold-rules.js'

/** One cart line; `discount` is the line's total item discount in minor units (default 0). */
export interface ThresholdCartLine {
  sku: string
  quantity: number
  unitPrice: Minor
  discount?: Minor
}

/** A cart in one currency, shipping to one region. */
export interface ThresholdCart {
  currency: string
  region: string
  lines: readonly ThresholdCartLine[]
}

/** Where a cart stands: the rule set that applies (null: none), what counts, reached and next. */
export interface CartThresholds {
  rule_set: ThresholdRuleSet | null
  /** The counted subtotal in minor units. */
  counted: Minor
  /** Tiers whose threshold the counted subtotal has reached, ascending. */
  reached: ThresholdTier[]
  /** The lowest tier not yet reached and threshold − counted (> 0); null when all are reached. */
  next: { tier: ThresholdTier; gap: Minor } | null
}

/** Whether a SKU counts toward thresholds under the counting rules. */
export function countsToward(counting: ThresholdCounting, sku: string): boolean {
  if (counting.excluded_skus.includes(sku)) return false
  return counting.gift_cards_count || !counting.gift_card_skus.includes(sku)
}

/** The rule set for a currency and region: the region's own, else the currency's `*` set. */
export function ruleSetFor(
  rules: ThresholdRules,
  currency: string,
  region: string,
): ThresholdRuleSet | null {
  const same = rules.rule_sets.filter((s) => s.currency === currency)
  return same.find((s) => s.region === region) ?? same.find((s) => s.region === '*') ?? null
}

/** Σ max(0, quantity × unit price − item discount) over the lines that count. */
export function countedSubtotal(
  counting: ThresholdCounting,
  lines: readonly ThresholdCartLine[],
): Minor {
  let sum = 0
  for (const l of lines) {
    if (!countsToward(counting, l.sku)) continue
    sum += Math.max(0, l.quantity * l.unitPrice - (l.discount ?? 0))
  }
  return sum
}

/** Evaluates a cart: the tiers it reached and the next tier with the exact gap. */
export function evaluateCart(rules: ThresholdRules, cart: ThresholdCart): CartThresholds {
  const set = ruleSetFor(rules, cart.currency, cart.region)
  const counted = countedSubtotal(rules.counting, cart.lines)
  if (!set) return { rule_set: null, counted, reached: [], next: null }
  const reached = set.tiers.filter((t) => counted >= t.threshold)
  const tier = set.tiers.find((t) => counted < t.threshold)
  return {
    rule_set: set,
    counted,
    reached,
    next: tier ? { tier, gap: tier.threshold - counted } : null,
  }
}
