/**
 * Basket completion: hide one item of each test basket, recommend from the rest.
 * @module
 */
import type { BasketSet } from '../../mining/basket-set.js'
import type { Rng } from '../../util/rng.js'
import { hitRate } from '../metrics/hit-rate.js'
import { reciprocalRank } from '../metrics/mrr.js'
import { ndcg } from '../metrics/ndcg.js'
import { recall } from '../metrics/recall.js'
import { revenueAtK } from '../metrics/revenue-at-k.js'
import type { BasketSplit } from '../splits/basket-split.js'
import { type BasketQuery, leaveOneOut } from '../splits/leave-one-out.js'
import { subsetBaskets } from '../splits/subset.js'
import type { EvalMethod, MethodResult, MetricVectors } from '../types.js'

/** Options of `runBasketCompletion`. */
export interface BasketCompletionOptions {
  baskets: BasketSet
  split: BasketSplit
  /** Draws the hidden items (continue the split's generator to mirror a Python protocol). */
  rng: Rng
  methods: readonly EvalMethod[]
  /** Cut-offs; default [10, 20]. */
  ks?: readonly number[]
  /** Evaluate only the first N test baskets (before single-item baskets are dropped). */
  maxTestBaskets?: number
}

/** The queries and every method's per-query metric vectors (same query order for all). */
export interface BasketCompletionResult {
  queries: BasketQuery[]
  metricNames: string[]
  methods: MethodResult[]
}

/**
 * Trains each method once on the train baskets and asks it, for every leave-one-out query,
 * for max(ks) items given the visible cart (with the basket's customer and time when known).
 * Per query and K: HR@K, Recall@K (= HR@K with one hidden item), NDCG@K, MRR@K, and
 * Revenue@K (price of the hidden item if found, `baskets.prices` units) when any hidden item
 * has a known price. Items the recommender returns beyond the limit are ignored.
 */
export function runBasketCompletion(options: BasketCompletionOptions): BasketCompletionResult {
  const { baskets, split, rng, methods } = options
  const ks = options.ks ?? [10, 20]
  const limit = Math.max(...ks)
  const queryOptions =
    options.maxTestBaskets === undefined ? {} : { maxBaskets: options.maxTestBaskets }
  const queries = leaveOneOut(baskets, split.test, rng, queryOptions)
  const index = new Map<string, number>()
  baskets.skus.forEach((sku, i) => {
    index.set(sku, i)
  })
  const price = (sku: string): number | undefined => {
    const i = index.get(sku)
    return i === undefined ? undefined : baskets.prices[i]
  }
  const withRevenue = queries.some((q) => Number.isFinite(price(q.hidden)))
  const metricNames: string[] = []
  for (const k of ks) {
    metricNames.push(`HR@${k}`, `Recall@${k}`, `NDCG@${k}`, `MRR@${k}`)
    if (withRevenue) metricNames.push(`Revenue@${k}`)
  }
  const train = subsetBaskets(baskets, split.train)
  const results: MethodResult[] = []
  for (const method of methods) {
    const recommend = method.factory(train)
    const metrics: MetricVectors = {}
    for (const name of metricNames) metrics[name] = new Float64Array(queries.length)
    queries.forEach((q, j) => {
      const query: { cart: string[]; limit: number; customer?: string; at?: number } = {
        cart: q.cart,
        limit,
      }
      if (q.customer !== undefined) query.customer = q.customer
      if (q.at !== undefined) query.at = q.at
      const ranked = recommend(query).slice(0, limit)
      const truth = new Set([q.hidden])
      for (const k of ks) {
        metrics[`HR@${k}`]![j] = hitRate(ranked, truth, k)
        metrics[`Recall@${k}`]![j] = recall(ranked, truth, k)
        metrics[`NDCG@${k}`]![j] = ndcg(ranked, truth, k)
        metrics[`MRR@${k}`]![j] = reciprocalRank(ranked, truth, k)
        if (withRevenue) metrics[`Revenue@${k}`]![j] = revenueAtK(ranked, truth, k, price)
      }
    })
    results.push({ name: method.name, metrics })
  }
  return { queries, metricNames, methods: results }
}
