/**
 * Each customer's baskets in time order, kept in the model for personal recommendations.
 * @module
 */
import type { BasketSet } from './basket-set.js'

/** Customers' baskets: customer `c` owns baskets `[basketOffsets[c], basketOffsets[c+1])`. */
export interface CustomerHistory {
  ids: readonly string[]
  basketOffsets: Int32Array
  /** Basket `h` holds `items[itemOffsets[h] .. itemOffsets[h+1])`. */
  itemOffsets: Int32Array
  items: Int32Array
  /** Epoch ms per basket, `NaN` when unknown. */
  times: Float64Array
}

/**
 * Collects the baskets of known customers, ordered by customer, then time (unknown times keep
 * their input order, which is the file's order).
 */
export function buildCustomerHistory(baskets: BasketSet): CustomerHistory {
  const customers = baskets.customers
  const ids = baskets.customerIds
  const c = ids.length
  if (!customers || c === 0) {
    return {
      ids: [],
      basketOffsets: new Int32Array(1),
      itemOffsets: new Int32Array(1),
      items: new Int32Array(0),
      times: new Float64Array(0),
    }
  }
  const order: number[] = []
  for (let b = 0; b < baskets.basketCount; b++) if (customers[b]! >= 0) order.push(b)
  const times = baskets.times
  order.sort((x, y) => {
    const d = customers[x]! - customers[y]!
    if (d !== 0) return d
    const tx = times ? times[x]! : Number.NaN
    const ty = times ? times[y]! : Number.NaN
    if (tx !== ty && !Number.isNaN(tx) && !Number.isNaN(ty)) return tx - ty
    return x - y
  })
  const basketOffsets = new Int32Array(c + 1)
  for (const b of order) basketOffsets[customers[b]! + 1]!++
  for (let i = 0; i < c; i++) basketOffsets[i + 1]! += basketOffsets[i]!
  const itemOffsets = new Int32Array(order.length + 1)
  let total = 0
  order.forEach((b, h) => {
    total += baskets.offsets[b + 1]! - baskets.offsets[b]!
    itemOffsets[h + 1] = total
  })
  const items = new Int32Array(total)
  const outTimes = new Float64Array(order.length)
  order.forEach((b, h) => {
    items.set(baskets.items.subarray(baskets.offsets[b]!, baskets.offsets[b + 1]!), itemOffsets[h]!)
    outTimes[h] = times ? times[b]! : Number.NaN
  })
  return { ids, basketOffsets, itemOffsets, items, times: outTimes }
}
