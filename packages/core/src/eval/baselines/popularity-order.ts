/**
 * Items ranked by training popularity, shared by the baselines.
 * @module
 */
import type { BasketSet } from '../../mining/basket-set.js'
import { countItems } from '../../mining/item-counts.js'

/** Training basket counts per item and the items with a count > 0, most popular first. */
export interface PopularityOrder {
  counts: Float64Array
  /** Item indices by count descending, ties by smaller index (earlier first appearance). */
  order: Int32Array
}

/** Counts baskets per item in `train` and orders the items seen there by that count. */
export function popularityOrder(train: BasketSet): PopularityOrder {
  const counts = countItems(train)
  const seen: number[] = []
  for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) seen.push(i)
  seen.sort((a, b) => counts[b]! - counts[a]! || a - b)
  return { counts, order: Int32Array.from(seen) }
}

/**
 * Appends to `out` the SKUs of `order` not in `skip` (item indices) until `out` has `limit`
 * entries; adds what it appends to `skip`.
 */
export function fillFromOrder(
  out: string[],
  order: Int32Array,
  skus: readonly string[],
  skip: Set<number>,
  limit: number,
): string[] {
  for (let j = 0; j < order.length && out.length < limit; j++) {
    const i = order[j]!
    if (skip.has(i)) continue
    skip.add(i)
    out.push(skus[i]!)
  }
  return out
}

/** The item indices of the cart SKUs known to the vocabulary. */
export function cartIndices(
  cart: readonly string[],
  index: ReadonlyMap<string, number>,
): Set<number> {
  const out = new Set<number>()
  for (const sku of cart) {
    const i = index.get(sku)
    if (i !== undefined) out.add(i)
  }
  return out
}

/** SKU → item index of a vocabulary. */
export function skuIndex(skus: readonly string[]): Map<string, number> {
  const m = new Map<string, number>()
  skus.forEach((sku, i) => {
    m.set(sku, i)
  })
  return m
}
