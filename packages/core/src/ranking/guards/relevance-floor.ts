/**
 * Only clearly related offers: association strength below a floor is dropped.
 * @module
 */
import type { OfferKind } from '../../domain/offer.js'
import type { Reason } from '../../domain/reason.js'
import type { Guard } from './types.js'

/** Reasons that vouch for an offer on other grounds than co-purchase strength. */
const OTHER_GROUNDS: ReadonlySet<Reason['code']> = new Set([
  'merchant_rule',
  'bought_before',
  'similar_customers',
  'loyalty_progress',
  'addon',
  'upgrade',
  'popular',
])

/**
 * Drops candidates of `kinds` (default cross-sells and bundles) whose strength is below `floor`
 * when co-purchase evidence is all they have: an item the merchant linked, the customer buys
 * again, similar customers buy, or the popular fallback is not judged by association strength.
 */
export function relevanceFloor(
  floor: number,
  kinds: readonly OfferKind[] = ['cross_sell', 'bundle'],
): Guard {
  return (c) =>
    kinds.includes(c.kind) &&
    !(c.strength >= floor) &&
    !c.reasons.some((r) => OTHER_GROUNDS.has(r.code))
      ? { guard: 'relevance_floor', reason: 'below_floor', detail: { strength: c.strength, floor } }
      : undefined
}
