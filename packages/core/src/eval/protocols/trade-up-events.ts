/**
 * Trade-up events: a customer bought A, then later a pricier B of the same category.
 * @module
 */
import type { Purchase } from './trade-up-data.js'

/** When a later purchase counts as a trade-up of an earlier one. */
export interface TradeUpRule {
  /** B's price must exceed A's price × this; default 1 (strictly pricier). */
  minPriceRatio: number
  /** B's price must be at most A's price × this; default `Infinity` (no upper bound). */
  maxPriceRatio: number
  /** B must be new to the customer (not bought at or before A's first purchase); default true. */
  newToCustomer: boolean
}

/** The default rule: strictly pricier, no upper bound, B new to the customer. */
export const DEFAULT_TRADE_UP_RULE: TradeUpRule = {
  minPriceRatio: 1,
  maxPriceRatio: Number.POSITIVE_INFINITY,
  newToCustomer: true,
}

/** One trade-up: `customer` bought `from` and later `to`, same category, pricier. */
export interface TradeUpEvent {
  customer: string
  from: string
  to: string
  category: string
  /** Reference prices (minor units) the rule compared. */
  fromPrice: number
  toPrice: number
}

/** What the event finder needs to know about SKUs: category (`''` unknown) and price. */
export interface SkuFacts {
  category: (sku: string) => string | undefined
  price: (sku: string) => number | undefined
}

/** Tells whether `to` is a trade-up of `from` under `rule` (same non-empty category, pricier). */
export function isTradeUp(from: string, to: string, facts: SkuFacts, rule: TradeUpRule): boolean {
  if (from === to) return false
  const category = facts.category(from)
  if (!category || category !== facts.category(to)) return false
  const a = facts.price(from)
  const b = facts.price(to)
  if (a === undefined || b === undefined || !(a > 0)) return false
  return b > a * rule.minPriceRatio && b <= a * rule.maxPriceRatio
}

/**
 * The events across a cut-off: A bought in `before`, B bought in `after` by the same customer,
 * `isTradeUp(A, B)` with the training facts; with `newToCustomer`, B not in the customer's
 * `before` purchases. One event per (customer, A, B), sorted by customer, A, B.
 */
export function crossCutoffEvents(
  before: readonly Purchase[],
  after: readonly Purchase[],
  facts: SkuFacts,
  rule: TradeUpRule,
): TradeUpEvent[] {
  const owned = skusByCustomer(before)
  const later = skusByCustomer(after)
  const events: TradeUpEvent[] = []
  for (const customer of [...later.keys()].sort(cmp)) {
    const had = owned.get(customer)
    if (!had) continue
    const froms = [...had].sort(cmp)
    for (const to of [...later.get(customer)!].sort(cmp)) {
      if (rule.newToCustomer && had.has(to)) continue
      for (const from of froms) {
        if (isTradeUp(from, to, facts, rule)) events.push(event(customer, from, to, facts))
      }
    }
  }
  return events
}

/**
 * Every event of a whole history (descriptive count): per customer, A's first purchase strictly
 * before B's first purchase (with `newToCustomer`) or before B's last purchase (without).
 */
export function historyEvents(
  purchases: readonly Purchase[],
  facts: SkuFacts,
  rule: TradeUpRule,
): TradeUpEvent[] {
  const spans = new Map<string, Map<string, { first: number; last: number }>>()
  for (const p of purchases) {
    let bySku = spans.get(p.customer)
    if (!bySku) {
      bySku = new Map()
      spans.set(p.customer, bySku)
    }
    const s = bySku.get(p.sku)
    if (!s) bySku.set(p.sku, { first: p.at, last: p.at })
    else {
      s.first = Math.min(s.first, p.at)
      s.last = Math.max(s.last, p.at)
    }
  }
  const events: TradeUpEvent[] = []
  for (const customer of [...spans.keys()].sort(cmp)) {
    const bySku = spans.get(customer)!
    const skus = [...bySku.keys()].sort(cmp)
    for (const from of skus) {
      for (const to of skus) {
        const a = bySku.get(from)!
        const b = bySku.get(to)!
        const later = rule.newToCustomer ? a.first < b.first : a.first < b.last
        if (later && isTradeUp(from, to, facts, rule)) events.push(event(customer, from, to, facts))
      }
    }
  }
  return events
}

function event(customer: string, from: string, to: string, facts: SkuFacts): TradeUpEvent {
  return {
    customer,
    from,
    to,
    category: facts.category(from)!,
    fromPrice: facts.price(from)!,
    toPrice: facts.price(to)!,
  }
}

function skusByCustomer(purchases: readonly Purchase[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const p of purchases) {
    const set = out.get(p.customer)
    if (set) set.add(p.sku)
    else out.set(p.customer, new Set([p.sku]))
  }
  return out
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
