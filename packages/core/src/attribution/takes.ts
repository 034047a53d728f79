/**
 * Which impressions were taken: accepted, or followed by a credited purchase.
 * @module
 */
import { assignmentUnit } from '../experiments/bucket.js'
import type { Attribution } from './attribute.js'
import { byTime, type TrackedEvent } from './events.js'
import { ImpressionIndex } from './impression-index.js'

/**
 * Ids of the impressions taken: an `accept` credits the latest impression of its `offerId` at
 * or before it (without an offer id, the latest impression of its SKU to its customer or session
 * within the attribution window), and every attributed purchase line credits its impression.
 * An impression counts once however often it was taken; an accept matching no impression
 * credits nothing.
 */
export function takenImpressions(
  events: readonly TrackedEvent[],
  attribution: Attribution,
): Set<string> {
  const sorted = byTime(events)
  const shown = new ImpressionIndex(sorted)
  const taken = new Set<string>()
  for (const e of sorted) {
    if (e.kind !== 'accept') continue
    const hit = e.offerId
      ? shown.latestForOffer(e.offerId, e.at)
      : e.sku && assignmentUnit(e) !== undefined
        ? shown.latestForUnit(e, e.sku, attribution.windowMs, true)
        : undefined
    if (hit) taken.add(hit.id)
  }
  for (const line of attribution.lines) taken.add(line.impressionId)
  return taken
}
