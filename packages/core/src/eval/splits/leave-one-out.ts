/**
 * Leave-one-item-out queries for basket completion.
 * @module
 */
import type { BasketSet } from '../../mining/basket-set.js'
import type { Rng } from '../../util/rng.js'

/** One basket-completion query: the basket with one item hidden. */
export interface BasketQuery {
  /** Index of the basket in the full set. */
  basket: number
  /** The visible items, SKUs in string order. */
  cart: string[]
  /** The hidden item the recommender should find. */
  hidden: string
  customer?: string
  at?: number
}

/** Options of `leaveOneOut`. */
export interface LeaveOneOutOptions {
  /** Use only the first N test baskets (before dropping single-item baskets); default all. */
  maxBaskets?: number
}

/**
 * For each test basket with ≥ 2 distinct items, in order: sort its SKUs as strings, hide
 * `skus[rng.below(n)]` (Python's `rng.choice(sorted(basket))`) and show the rest. Baskets of one
 * item give no query and draw nothing. Exactly one item is hidden per query.
 */
export function leaveOneOut(
  set: BasketSet,
  test: ArrayLike<number>,
  rng: Rng,
  options: LeaveOneOutOptions = {},
): BasketQuery[] {
  const limit = Math.min(test.length, options.maxBaskets ?? test.length)
  const queries: BasketQuery[] = []
  for (let j = 0; j < limit; j++) {
    const b = test[j]!
    const start = set.offsets[b]!
    const end = set.offsets[b + 1]!
    if (end - start < 2) continue
    const skus: string[] = []
    for (let k = start; k < end; k++) skus.push(set.skus[set.items[k]!]!)
    skus.sort(compareStrings)
    const h = rng.below(skus.length)
    const hidden = skus[h]!
    skus.splice(h, 1)
    const query: BasketQuery = { basket: b, cart: skus, hidden }
    const c = set.customers?.[b] ?? -1
    if (c >= 0) query.customer = set.customerIds[c]!
    const t = set.times?.[b]
    if (t !== undefined && !Number.isNaN(t)) query.at = t
    queries.push(query)
  }
  return queries
}

/** Code-unit order, as Python's `sorted` on ASCII strings. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
