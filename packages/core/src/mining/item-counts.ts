/**
 * Item frequencies over baskets.
 * @module
 */
import type { BasketSet } from './basket-set.js'

/**
 * Counts, for every item, the baskets that contain it; with `weights`, sums the weights of those
 * baskets instead (time decay). Items are de-duplicated within a basket, so a count never exceeds
 * the number of baskets.
 */
export function countItems(baskets: BasketSet, weights?: Float64Array): Float64Array {
  const counts = new Float64Array(baskets.skus.length)
  const { items, offsets, basketCount } = baskets
  if (weights) {
    for (let b = 0; b < basketCount; b++) {
      const w = weights[b]!
      for (let k = offsets[b]!; k < offsets[b + 1]!; k++) counts[items[k]!]! += w
    }
  } else {
    for (let k = 0; k < offsets[basketCount]!; k++) counts[items[k]!]!++
  }
  return counts
}
