/**
 * Personal top-frequency baseline (P-TopFreq of the Reality-Check paper).
 * @module
 */
import type { BasketSet } from '../../mining/basket-set.js'
import type { Recommender } from '../types.js'

/** Each customer's baskets as SKU lists in time order, items in source order. */
export type UserHistories = ReadonlyMap<string, readonly (readonly string[])[]>

/**
 * The customer's own past items by purchase count (baskets containing the item), descending;
 * ties keep first-seen order (`p_topfreq.py`: a dict in insertion order, then a stable sort).
 * With `histories`, first-seen follows the source order within each basket, as in the authors'
 * code; without, it follows the `BasketSet` (basket order, then item index — a `BasketSet`
 * sorts items, so ties can differ from the source). Cart items are skipped; an unknown
 * customer gets an empty list; at most `limit` items.
 */
export function pTopFreqRecommender(train: BasketSet, histories?: UserHistories): Recommender {
  const fromSet = histories ? undefined : basketsByCustomer(train)
  const customerIndex = new Map<string, number>()
  train.customerIds.forEach((id, c) => {
    customerIndex.set(id, c)
  })
  return ({ cart, customer, limit }) => {
    if (customer === undefined) return []
    let baskets: readonly (readonly string[])[] | undefined
    if (histories) baskets = histories.get(customer)
    else {
      const c = customerIndex.get(customer)
      baskets = c === undefined ? undefined : fromSet!.get(c)?.map((b) => basketOf(train, b))
    }
    if (!baskets) return []
    const counts = new Map<string, number>()
    for (const basket of baskets)
      for (const sku of basket) counts.set(sku, (counts.get(sku) ?? 0) + 1)
    const inCart = new Set(cart)
    // Map iteration is insertion order and Array.prototype.sort is stable: ties keep first-seen.
    return [...counts]
      .filter(([sku]) => !inCart.has(sku))
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([sku]) => sku)
  }
}

/** Customer index → that customer's basket indices in set order. */
function basketsByCustomer(set: BasketSet): Map<number, number[]> {
  const out = new Map<number, number[]>()
  if (!set.customers) return out
  for (let b = 0; b < set.basketCount; b++) {
    const c = set.customers[b]!
    if (c < 0) continue
    let list = out.get(c)
    if (!list) {
      list = []
      out.set(c, list)
    }
    list.push(b)
  }
  return out
}

function basketOf(set: BasketSet, b: number): string[] {
  const out: string[] = []
  for (let k = set.offsets[b]!; k < set.offsets[b + 1]!; k++) out.push(set.skus[set.items[k]!]!)
  return out
}
