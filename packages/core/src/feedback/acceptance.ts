/**
 * Acceptance counts per (placement, SKU[, offer kind]) from events, and the belief they give.
 * @module
 */
import { type Attribution, attribute } from '../attribution/attribute.js'
import { DEFAULT_ATTRIBUTION_WINDOW_MS, type TrackedEvent } from '../attribution/events.js'
import { takenImpressions } from '../attribution/takes.js'
import { type Beta, betaPrior, DEFAULT_PRIOR_WEIGHT, updateBeta } from './beta.js'

/** Impressions and takes of one arm. */
export interface ArmCounts {
  shows: number
  takes: number
}

/** Counts per `acceptanceKey`. */
export type AcceptanceCounts = Map<string, ArmCounts>

/** Which arm an offer falls in: its placement, SKU and, optionally, its kind. */
export interface ArmKey {
  placement: string
  sku: string
  kind?: string
}

/** Options of `countAcceptance`. */
export interface AcceptanceOptions {
  /**
   * What counts as taken: `accept` events only, or (default) also purchases credited to the
   * impression by attribution, for placements where shoppers buy without pressing "add".
   */
  takes?: 'accept' | 'accept_or_purchase'
  /** Attribution window (default 7 days), or a precomputed attribution. */
  windowMs?: number
  attribution?: Attribution
  /** The offer kind of an impression (events do not carry it); arms are per kind when given. */
  kindOf?: (impression: TrackedEvent) => string | undefined
}

/** The map key of an arm. */
export function acceptanceKey(arm: ArmKey): string {
  return `${arm.placement}\u0000${arm.sku}\u0000${arm.kind ?? ''}`
}

/**
 * Shows = impressions with a SKU per (placement, SKU[, kind]) (`unknown` placement when none);
 * takes = those of them taken (see `takenImpressions`), so takes ≤ shows always.
 */
export function countAcceptance(
  events: readonly TrackedEvent[],
  options: AcceptanceOptions = {},
): AcceptanceCounts {
  const windowMs = options.windowMs ?? DEFAULT_ATTRIBUTION_WINDOW_MS
  // With accepts only, no purchase line credits an impression.
  const attribution =
    options.takes === 'accept'
      ? { lines: [], windowMs, revenue: 0, refunded: 0, net: 0 }
      : (options.attribution ?? attribute(events, { windowMs }))
  const taken = takenImpressions(events, attribution)
  const counts: AcceptanceCounts = new Map()
  for (const e of events) {
    if (e.kind !== 'impression' || !e.sku) continue
    const arm: ArmKey = { placement: e.placement ?? 'unknown', sku: e.sku }
    const kind = options.kindOf?.(e)
    if (kind !== undefined) arm.kind = kind
    const key = acceptanceKey(arm)
    const c = counts.get(key) ?? { shows: 0, takes: 0 }
    c.shows++
    if (taken.has(e.id)) c.takes++
    counts.set(key, c)
  }
  return counts
}

/**
 * The belief about an arm: `betaPrior(strength, priorWeight)` updated with its counts (the
 * prior alone when it was never shown).
 */
export function acceptanceBelief(
  counts: AcceptanceCounts,
  arm: ArmKey,
  strength: number,
  priorWeight = DEFAULT_PRIOR_WEIGHT,
): Beta {
  const c = counts.get(acceptanceKey(arm))
  const prior = betaPrior(strength, priorWeight)
  return c ? updateBeta(prior, c.shows, c.takes) : prior
}
