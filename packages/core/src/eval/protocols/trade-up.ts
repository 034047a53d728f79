/**
 * Trade-up prediction: split purchases by time; for each customer who bought A before the
 * cut-off and a pricier same-category B after it, does the method's upsell list for A hold B?
 * @module
 */
import { hitRate } from '../metrics/hit-rate.js'
import type { MethodResult, MetricVectors } from '../types.js'
import type { Purchase, TradeUpMethod } from './trade-up-data.js'
import {
  crossCutoffEvents,
  DEFAULT_TRADE_UP_RULE,
  historyEvents,
  type SkuFacts,
  type TradeUpEvent,
  type TradeUpRule,
} from './trade-up-events.js'
import { medianPrices, timeCutoff, trainingView } from './trade-up-split.js'

/** Options of `runTradeUp`. */
export interface TradeUpOptions {
  purchases: readonly Purchase[]
  /** Each SKU's category; `undefined` or `''` = unknown (never part of an event). */
  categoryOf: (sku: string) => string | undefined
  methods: readonly TradeUpMethod[]
  /** Cut-offs; default [3, 10]. */
  ks?: readonly number[]
  /** Basket-time quantile of the cut-off; default 0.8. */
  cutoffQuantile?: number
  rule?: Partial<TradeUpRule>
}

/** The split, the events and each method's per-event HR vectors (same event order for all). */
export interface TradeUpResult {
  /** Epoch ms; training = purchases before it. */
  cutoff: number
  rule: TradeUpRule
  trainPurchases: number
  testPurchases: number
  trainBaskets: number
  /** Training SKUs, and those with a category. */
  trainSkus: number
  trainSkusWithCategory: number
  /** Events of the whole history under the rule, with whole-history median prices. */
  historyEvents: number
  /** The evaluated events: A before the cut-off, B after it, training prices. */
  events: TradeUpEvent[]
  /** Customers with at least one evaluated event. */
  eventCustomers: number
  metricNames: string[]
  methods: (MethodResult & { emptyLists: number })[]
}

/**
 * Runs the protocol: cut-off at the `cutoffQuantile` of basket times; every method trains on the
 * purchases before it (`trainingView`); events are `crossCutoffEvents` with training median
 * prices and `categoryOf`, so A and B are both training SKUs; each event asks the method for
 * max(ks) upsells of A and scores HR@K with truth {B}. Methods see no customer: each A is asked
 * once.
 */
export function runTradeUp(options: TradeUpOptions): TradeUpResult {
  const rule = { ...DEFAULT_TRADE_UP_RULE, ...options.rule }
  const ks = options.ks ?? [3, 10]
  const limit = Math.max(...ks)
  const cutoff = timeCutoff(options.purchases, options.cutoffQuantile ?? 0.8)
  const before = options.purchases.filter((p) => p.at < cutoff)
  const after = options.purchases.filter((p) => p.at >= cutoff)
  const train = trainingView(before, options.categoryOf)
  const prices = new Map(train.products.map((p) => [p.sku, p.price!]))
  const facts: SkuFacts = { category: options.categoryOf, price: (sku) => prices.get(sku) }
  const events = crossCutoffEvents(before, after, facts, rule)
  const allPrices = medianPrices(options.purchases)
  const whole = historyEvents(
    options.purchases,
    { category: options.categoryOf, price: (sku) => allPrices.get(sku) },
    rule,
  )
  const metricNames = ks.map((k) => `HR@${k}`)
  const methods = options.methods.map((method) => {
    const list = method.factory(train)
    const metrics: MetricVectors = {}
    for (const name of metricNames) metrics[name] = new Float64Array(events.length)
    let emptyLists = 0
    const cache = new Map<string, string[]>()
    events.forEach((e, j) => {
      let ranked = cache.get(e.from)
      if (!ranked) {
        ranked = list(e.from, limit).slice(0, limit)
        cache.set(e.from, ranked)
      }
      if (ranked.length === 0) emptyLists++
      const truth = new Set([e.to])
      ks.forEach((k, i) => {
        metrics[metricNames[i]!]![j] = hitRate(ranked, truth, k)
      })
    })
    return { name: method.name, metrics, emptyLists }
  })
  return {
    cutoff,
    rule,
    trainPurchases: before.length,
    testPurchases: after.length,
    trainBaskets: train.baskets.basketCount,
    trainSkus: train.products.length,
    trainSkusWithCategory: train.products.filter((p) => p.category !== '').length,
    historyEvents: whole.length,
    events,
    eventCustomers: new Set(events.map((e) => e.customer)).size,
    metricNames,
    methods,
  }
}
