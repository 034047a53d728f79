/**
 * Price differences between two items, in minor units.
 * @module
 */
import type { Model } from '../model/model.js'

/** to − from in minor units and its share of from's price (4 decimals); null when unknown. */
export function priceStep(
  model: Model,
  from: number,
  to: number,
): { price_delta: number | null; price_delta_pct: number | null } {
  const pa = model.prices[from]!
  const pb = model.prices[to]!
  if (!Number.isFinite(pa) || !Number.isFinite(pb))
    return { price_delta: null, price_delta_pct: null }
  const delta = Math.round(pb - pa)
  return {
    price_delta: delta,
    price_delta_pct: pa > 0 ? Number(((pb - pa) / pa).toFixed(4)) : null,
  }
}
