/**
 * The type an offer is counted under in a backtest.
 * @module
 */
import type { ServedOffer } from '../../ranking/pipeline/context.js'

/**
 * `bundle` for bundles, `threshold_gap` for free-shipping/threshold gap fillers, else the offer's
 * first reason that names where it came from (`bought_together`, `upgrade`, `addon`,
 * `bought_before`, `similar_customers`, `popular`, `merchant_rule`, …).
 */
export function offerType(o: ServedOffer): string {
  if (o.kind === 'bundle') return 'bundle'
  if (o.reasons.some((r) => r.code === 'threshold_gap')) return 'threshold_gap'
  return o.reasons[0]?.code ?? o.kind
}
