/**
 * Attach counts of declared relations: how often the add-on was in the anchor's orders.
 * @module
 */
import type { BasketSet } from '../mining/basket-set.js'
import type { AttachCounts, DeclaredRelation } from './model-catalog.js'

/**
 * Counts, for each declared relation (`from` = the add-on, `to` = the anchor), the orders that
 * hold the anchor and those that hold both, straight from the baskets (unweighted, every basket
 * size). Item indices of the baskets are the model's (catalog-only items are never in a basket).
 */
export function countAttach(
  baskets: BasketSet,
  relations: readonly DeclaredRelation[],
): AttachCounts {
  const anchorOrders = new Float64Array(relations.length)
  const together = new Float64Array(relations.length)
  if (relations.length === 0) return { anchorOrders, together }
  const byAnchor = new Map<number, number[]>()
  relations.forEach((r, k) => {
    const list = byAnchor.get(r.to)
    if (list) list.push(k)
    else byAnchor.set(r.to, [k])
  })
  const inBasket = new Set<number>()
  for (let b = 0; b < baskets.basketCount; b++) {
    const start = baskets.offsets[b]!
    const end = baskets.offsets[b + 1]!
    inBasket.clear()
    for (let k = start; k < end; k++) inBasket.add(baskets.items[k]!)
    for (let k = start; k < end; k++) {
      const list = byAnchor.get(baskets.items[k]!)
      if (!list) continue
      for (const r of list) {
        anchorOrders[r]!++
        if (inBasket.has(relations[r]!.from)) together[r]!++
      }
    }
  }
  return { anchorOrders, together }
}
