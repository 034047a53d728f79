/**
 * Sub-sets of a basket set that keep its vocabulary.
 * @module
 */
import type { BasketSet } from '../../mining/basket-set.js'

/**
 * The baskets `indices` (in that order) as a new `BasketSet` sharing the SKU vocabulary, customer
 * ids and prices of `set`, so item and customer indices mean the same in both. Items that occur
 * only outside `indices` stay in the vocabulary with count 0.
 */
export function subsetBaskets(set: BasketSet, indices: ArrayLike<number>): BasketSet {
  const n = indices.length
  const offsets = new Int32Array(n + 1)
  for (let j = 0; j < n; j++) {
    const b = indices[j]!
    offsets[j + 1] = offsets[j]! + set.offsets[b + 1]! - set.offsets[b]!
  }
  const items = new Int32Array(offsets[n]!)
  const times = set.times ? new Float64Array(n) : undefined
  const customers = set.customers ? new Int32Array(n) : undefined
  for (let j = 0; j < n; j++) {
    const b = indices[j]!
    items.set(set.items.subarray(set.offsets[b]!, set.offsets[b + 1]!), offsets[j]!)
    if (times) times[j] = set.times![b]!
    if (customers) customers[j] = set.customers![b]!
  }
  return {
    items,
    offsets,
    basketCount: n,
    skus: set.skus,
    times,
    customers,
    customerIds: set.customerIds,
    prices: set.prices,
  }
}
