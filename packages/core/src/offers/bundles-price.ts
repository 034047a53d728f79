/**
 * Bundle pricing: a discount that never takes the bundle's margin below the store's floor.
 * @module
 */
import type { Minor } from '../domain/money.js'

/** A bundle's price after the discount, and what the margin floor did to it. */
export interface BundlePrice {
  /** Σ round(price_i), minor units. */
  full: Minor
  /** full after the discount; never above `full`, never below the floor price. */
  bundle: Minor
  /** full − bundle. */
  saving: Minor
  /** (bundle − cost) / bundle; null when any item's cost is unknown (no discount is then given). */
  marginAfter: number | null
  /** True when the floor raised the bundle price above full × (1 − discountPct). */
  cappedByMargin: boolean
}

/**
 * Prices a bundle: target = round(full × (1 − discountPct)), raised to the smallest whole price
 * p with (p − cost) / p ≥ marginFloor. Returns `undefined` when a price is unknown or not
 * positive, or when, with costs known, even the full price is under the floor (a hard limit:
 * such a bundle is not offered). With any cost unknown (NaN) the discount is 0.
 */
export function priceBundle(
  prices: readonly number[],
  costs: readonly number[],
  discountPct: number,
  marginFloor: number,
): BundlePrice | undefined {
  let full = 0
  for (const p of prices) {
    if (!(Number.isFinite(p) && p > 0)) return undefined
    full += Math.round(p)
  }
  let cost = 0
  for (const c of costs) cost += c
  if (!Number.isFinite(cost))
    return { full, bundle: full, saving: 0, marginAfter: null, cappedByMargin: false }
  const floor = Math.min(Math.max(marginFloor, 0), 0.999)
  if (margin(full, cost) < floor) return undefined
  const pct = Math.min(Math.max(discountPct, 0), 1)
  const target = Math.min(full, Math.max(1, Math.round(full * (1 - pct))))
  let least = Math.max(1, Math.ceil(cost / (1 - floor)))
  while (least > 1 && margin(least - 1, cost) >= floor) least--
  while (margin(least, cost) < floor) least++
  const bundle = Math.min(full, Math.max(target, least))
  return {
    full,
    bundle,
    saving: full - bundle,
    marginAfter: margin(bundle, cost),
    cappedByMargin: least > target,
  }
}

/** (price − cost) / price. */
function margin(price: number, cost: number): number {
  return (price - cost) / price
}
