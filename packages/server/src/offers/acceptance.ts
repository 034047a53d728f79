/**
 * Acceptance learned from feedback: per store, impressions and takes per (placement, SKU) from
 * the shared event store, reloaded in the background; at serving time each candidate's
 * P(accept) is a Thompson sample of its Beta posterior (prior from association strength), so
 * offers with few impressions still get explored.
 * @module
 */
import type { EventStore } from '@upcross/engine'
import {
  type AcceptanceCounts,
  acceptanceBelief,
  acceptanceKey,
  countAcceptance,
  type Placement,
  thompsonSample,
} from 'upcross'

/** How far back feedback counts, and the most events read per refresh. */
const HISTORY_MS = 30 * 86_400_000
const MAX_EVENTS = 200_000

/** Counts acceptance from a store's recent impressions, accepts, purchases and refunds. */
export async function loadAcceptance(
  events: EventStore,
  storeId: string,
  now: number,
): Promise<AcceptanceCounts> {
  const recent = await events.listEvents(storeId, {
    since: now - HISTORY_MS,
    kinds: ['impression', 'accept', 'purchase', 'refund'],
    limit: MAX_EVENTS,
  })
  return countAcceptance(recent)
}

/**
 * The pipeline's `acceptance` hook for one placement: a Thompson sample for arms with feedback,
 * the prior strength itself for arms never shown (no noise where nothing was learned).
 */
export function thompsonAcceptance(
  counts: AcceptanceCounts,
  placement: Placement,
  random: () => number,
): ((sku: string, prior: number) => number) | undefined {
  if (counts.size === 0) return undefined
  const rng = { next: random, below: (n: number) => Math.floor(random() * n) }
  return (sku, prior) => {
    const arm = { placement, sku }
    return counts.has(acceptanceKey(arm))
      ? thompsonSample(acceptanceBelief(counts, arm, prior), rng)
      : prior
  }
}
