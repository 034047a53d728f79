/**
 * What a customer already owns and would not buy again: the "never offer what they have" guard.
 * @module
 */
import type { Model } from '../model/model.js'

/** Below this repeat rate (share of buyers who bought it again), an item is a durable. */
export const DURABLE_REPEAT_RATE = 0.05

/**
 * Whether item `i` is a durable, bought once and kept: not a declared consumable, and either
 * covered by a declared warranty or service plan, or rarely bought again by the same customer
 * (repeat rate below `DURABLE_REPEAT_RATE` with enough buyers to tell).
 */
export function isDurable(
  model: Model,
  i: number,
  covered: ReadonlySet<number>,
  consumables: ReadonlySet<number>,
): boolean {
  if (consumables.has(i)) return false
  if (covered.has(i)) return true
  const rate = model.repeatRates[i]!
  return !Number.isNaN(rate) && rate < DURABLE_REPEAT_RATE
}

/** The durables among the customer's purchases at or before `at` (all when `at` is undefined). */
export function ownedDurables(model: Model, customer: number, at: number | undefined): Set<number> {
  const covered = new Set<number>()
  const consumables = new Set<number>()
  for (const r of model.catalog.relations) {
    if (r.kind === 'warranty_for' || r.kind === 'service_plan_for') covered.add(r.to)
    if (r.kind === 'consumable_for') consumables.add(r.from)
  }
  const h = model.customers
  const owned = new Set<number>()
  for (let b = h.basketOffsets[customer]!; b < h.basketOffsets[customer + 1]!; b++) {
    const t = h.times[b]!
    if (at !== undefined && !Number.isNaN(t) && t > at) break
    for (let k = h.itemOffsets[b]!; k < h.itemOffsets[b + 1]!; k++) {
      const i = h.items[k]!
      if (isDurable(model, i, covered, consumables)) owned.add(i)
    }
  }
  return owned
}
