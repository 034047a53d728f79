/**
 * Only clearly related offers: association strength below a floor is dropped.
 * @module
 */
import type { OfferKind } from '../../domain/offer.js'
import type { Guard } from './types.js'

/** Drops candidates of `kinds` (default cross-sells and bundles) whose strength is below `floor`. */
export function relevanceFloor(
  floor: number,
  kinds: readonly OfferKind[] = ['cross_sell', 'bundle'],
): Guard {
  return (c) =>
    kinds.includes(c.kind) && !(c.strength >= floor)
      ? { guard: 'relevance_floor', reason: 'below_floor', detail: { strength: c.strength, floor } }
      : undefined
}
