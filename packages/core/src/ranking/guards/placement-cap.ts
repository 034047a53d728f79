/**
 * A cap on how many offers a placement shows.
 * @module
 */
import type { Placement } from '../../domain/placement.js'
import type { Guard } from './types.js'

/** Drops candidates once the placement's cap (when it has one) is reached in this run. */
export function placementCap(caps: Partial<Record<Placement, number>>): Guard {
  return (_c, ctx) => {
    const max = caps[ctx.placement]
    return max !== undefined && ctx.kept.length >= max
      ? {
          guard: 'placement_cap',
          reason: 'placement_full',
          detail: { max, placement: ctx.placement },
        }
      : undefined
  }
}
