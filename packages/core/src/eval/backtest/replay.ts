/**
 * `runBacktest`: replays real orders against offer policies and reports, in money, what each
 * would have done — baskets touched, the share where an offered item was bought, and the extra
 * revenue and margin with bootstrap confidence intervals.
 * @module
 */
import type { Order } from '../../domain/order.js'
import type { ServedOffer } from '../../ranking/pipeline/context.js'
import { bootstrapMean, bootstrapPairedDifference } from '../bootstrap.js'
import { offerType } from './offer-type.js'
import type {
  BacktestOptions,
  BacktestPolicy,
  BacktestReport,
  OfferTypeTally,
  PolicyReport,
} from './types.js'

/** What an order paid for one item: units and revenue (minor units). */
export interface Bought {
  quantity: number
  revenue: number
}

/**
 * Splits an order into the cart a shopper had built and the rest of the order: the first
 * ⌈n/2⌉ distinct items in line order are the cart, the others are what the shopper went on to
 * buy. Orders with fewer than two distinct items give nothing to replay.
 */
export function splitOrder(
  order: Order,
): { cart: string[]; rest: Map<string, Bought> } | undefined {
  const bought = new Map<string, Bought>()
  for (const l of order.lines) {
    const b = bought.get(l.sku) ?? { quantity: 0, revenue: 0 }
    b.quantity += l.quantity
    b.revenue += l.quantity * (l.unitPrice ?? 0)
    bought.set(l.sku, b)
  }
  const skus = [...bought.keys()]
  if (skus.length < 2) return undefined
  const cut = Math.ceil(skus.length / 2)
  const rest = new Map<string, Bought>()
  for (const sku of skus.slice(cut)) rest.set(sku, bought.get(sku)!)
  return { cart: skus.slice(0, cut), rest }
}

interface BasketOutcome {
  hit: number
  revenue: number
  margin: number
}

/**
 * One basket under one policy. An offer is taken when the shopper bought its item later in the
 * same order (a bundle: every item it adds). Revenue is what the order paid for the taken items;
 * margin is that revenue minus their cost (known, else `costShare` × revenue) minus the discount
 * the offer gave (bundle saving, limited-time discount); both scaled by `incrementality`.
 */
function replayBasket(
  offers: readonly ServedOffer[],
  cart: readonly string[],
  rest: ReadonlyMap<string, Bought>,
  options: BacktestOptions,
  byType: Record<string, OfferTypeTally>,
): BasketOutcome {
  const counted = new Set<string>()
  let revenue = 0
  let cost = 0
  let discount = 0
  for (const o of offers) {
    const type = offerType(o)
    let t = byType[type]
    if (!t) {
      t = { shown: 0, taken: 0, hitRate: Number.NaN }
      byType[type] = t
    }
    t.shown++
    const items = (o.items ?? [o.sku]).filter((s) => !cart.includes(s))
    if (items.length === 0 || !items.every((s) => rest.has(s))) continue
    t.taken++
    discount += o.discount ?? 0
    for (const sku of items) {
      if (counted.has(sku)) continue
      counted.add(sku)
      const paid = rest.get(sku)!
      revenue += paid.revenue
      const unit = options.costOf?.(sku)
      cost += unit === undefined ? options.costShare * paid.revenue : unit * paid.quantity
    }
  }
  const k = options.incrementality
  return {
    hit: counted.size > 0 ? 1 : 0,
    revenue: k * revenue,
    margin: k * (revenue - cost - discount),
  }
}

/**
 * Replays `orders` (the test period, in time order) against every policy. Confidence intervals
 * are percentile bootstraps over baskets (seeded); totals are per-basket intervals × baskets;
 * comparisons are paired over the same baskets (`compare`, default each policy against the last).
 */
export function runBacktest(
  orders: readonly Order[],
  policies: readonly BacktestPolicy[],
  options: BacktestOptions,
): BacktestReport {
  const boot = { resamples: options.resamples ?? 1000, seed: options.seed ?? 42 }
  const outcomes = policies.map(() => ({
    hit: [] as number[],
    revenue: [] as number[],
    margin: [] as number[],
    touched: 0,
  }))
  const byType = policies.map(() => ({}) as Record<string, OfferTypeTally>)
  let baskets = 0
  for (const order of orders) {
    const split = splitOrder(order)
    if (!split) continue
    baskets++
    policies.forEach((p, k) => {
      const offers = p.offers(split.cart, order)
      const out = outcomes[k]!
      if (offers.length > 0) out.touched++
      const r = replayBasket(offers, split.cart, split.rest, options, byType[k]!)
      out.hit.push(r.hit)
      out.revenue.push(r.revenue)
      out.margin.push(r.margin)
    })
  }
  const scale = (i: { estimate: number; low: number; high: number }) => ({
    estimate: i.estimate * baskets,
    low: i.low * baskets,
    high: i.high * baskets,
  })
  const reports: PolicyReport[] = policies.map((p, k) => {
    const o = outcomes[k]!
    for (const t of Object.values(byType[k]!))
      t.hitRate = t.shown > 0 ? t.taken / t.shown : Number.NaN
    const revenue = bootstrapMean(o.revenue, boot)
    const margin = bootstrapMean(o.margin, boot)
    return {
      name: p.name,
      baskets,
      touched: o.touched,
      hitShare: bootstrapMean(o.hit, boot),
      revenuePerBasket: revenue,
      revenueTotal: scale(revenue),
      marginPerBasket: margin,
      marginTotal: scale(margin),
      byType: byType[k]!,
    }
  })
  const last = policies[policies.length - 1]?.name ?? ''
  const pairs =
    options.compare ?? policies.slice(0, -1).map((p) => [p.name, last] as [string, string])
  const at = (name: string): number => {
    const k = policies.findIndex((p) => p.name === name)
    if (k < 0) throw new RangeError(`no policy named ${name}`)
    return k
  }
  const comparisons = pairs.map(([policy, against]) => {
    const a = outcomes[at(policy)]!
    const b = outcomes[at(against)]!
    return {
      policy,
      against,
      hitShareDiff: bootstrapPairedDifference(a.hit, b.hit, boot),
      marginPerBasketDiff: bootstrapPairedDifference(a.margin, b.margin, boot),
    }
  })
  return {
    assumptions: {
      costShare: options.costShare,
      incrementality: options.incrementality,
      costsKnown: options.costOf !== undefined,
    },
    baskets,
    policies: reports,
    comparisons,
  }
}
