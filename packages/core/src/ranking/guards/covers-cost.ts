/**
 * The extra profit must cover the offer's cost.
 * @module
 */
import type { Guard, GuardDrop } from './types.js'

/**
 * Drops an offer that gives something away (discount or incentive > 0) unless
 * `price − cost − discount − incentiveCost ≥ minProfit` (default 0); with an unknown price or
 * cost, such an offer cannot be shown to pay for itself and is dropped. Offers that give
 * nothing away are kept.
 */
export function coversCost(minProfit = 0): Guard {
  return (c): GuardDrop | undefined => {
    const giveaway = (c.discount ?? 0) + (c.incentiveCost ?? 0)
    if (giveaway <= 0) return undefined
    if (c.price === undefined || c.cost === undefined)
      return { guard: 'covers_cost', reason: 'cost_unknown', detail: { giveaway } }
    const profit = c.price - c.cost - giveaway
    return profit < minProfit
      ? {
          guard: 'covers_cost',
          reason: 'offer_costs_more',
          detail: { profit, giveaway, minProfit },
        }
      : undefined
  }
}
