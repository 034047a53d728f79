/**
 * Trade-ups in customer histories: who bought an item and, in a later order, another one.
 * @module
 */
import type { CustomerHistory } from '../mining/customer-history.js'

/** Per item, the customers who bought it with their first and last order ordinal. */
export interface ItemBuyers {
  /** Item `i`'s entries are `[offsets[i], offsets[i+1])`, customers ascending. */
  offsets: Int32Array
  customers: Int32Array
  first: Int32Array
  last: Int32Array
}

/** Indexes the histories by item (one entry per customer and item). */
export function indexBuyers(history: CustomerHistory, itemCount: number): ItemBuyers {
  const perItem: number[][] = Array.from({ length: itemCount }, () => [])
  const c = history.ids.length
  const first = new Map<number, number>()
  const last = new Map<number, number>()
  for (let u = 0; u < c; u++) {
    first.clear()
    last.clear()
    const b0 = history.basketOffsets[u]!
    for (let h = b0; h < history.basketOffsets[u + 1]!; h++) {
      for (let k = history.itemOffsets[h]!; k < history.itemOffsets[h + 1]!; k++) {
        const item = history.items[k]!
        if (!first.has(item)) first.set(item, h - b0)
        last.set(item, h - b0)
      }
    }
    for (const [item, f] of first) perItem[item]?.push(u, f, last.get(item)!)
  }
  const offsets = new Int32Array(itemCount + 1)
  for (let i = 0; i < itemCount; i++) offsets[i + 1] = offsets[i]! + perItem[i]!.length / 3
  const n = offsets[itemCount]!
  const out: ItemBuyers = {
    offsets,
    customers: new Int32Array(n),
    first: new Int32Array(n),
    last: new Int32Array(n),
  }
  for (let i = 0; i < itemCount; i++) {
    const list = perItem[i]!
    for (let j = 0; j < list.length; j += 3) {
      const at = offsets[i]! + j / 3
      out.customers[at] = list[j]!
      out.first[at] = list[j + 1]!
      out.last[at] = list[j + 2]!
    }
  }
  return out
}

/**
 * Counts trade-ups from `a` to each of `targets`: customers whose first order with `a` came
 * before an order with the target. `scratch` (one slot per customer, filled with -1) is reused.
 */
export function countTradeUps(
  buyers: ItemBuyers,
  a: number,
  targets: readonly number[],
  scratch: Int32Array,
): number[] {
  for (let k = buyers.offsets[a]!; k < buyers.offsets[a + 1]!; k++)
    scratch[buyers.customers[k]!] = buyers.first[k]!
  const out = targets.map((b) => {
    let n = 0
    for (let k = buyers.offsets[b]!; k < buyers.offsets[b + 1]!; k++) {
      const f = scratch[buyers.customers[k]!]!
      if (f >= 0 && buyers.last[k]! > f) n++
    }
    return n
  })
  for (let k = buyers.offsets[a]!; k < buyers.offsets[a + 1]!; k++)
    scratch[buyers.customers[k]!] = -1
  return out
}
