/**
 * What the guard rails need to know about one shopper: the offers they were shown recently (for
 * frequency caps across placements and instances) and the ones they dismissed — read from the
 * shared event store, so every instance sees the same history.
 * @module
 */
import type { EventStore, OfferEvent } from '@upcross/engine'
import type { FeedbackEvent, Impression, OfferSettings, Placement } from 'upcross'

const DAY_MS = 86_400_000

/** Whether the settings have guard rails that read a shopper's events. */
export function needsShopperEvents(settings: OfferSettings): boolean {
  const g = settings.guards
  return (
    g.frequencyCaps.customer !== undefined ||
    g.frequencyCaps.session !== undefined ||
    g.dismissDays > 0
  )
}

/** Impressions and dismissals of the customer and of the session within the guards' windows. */
export async function shopperEvents(
  events: EventStore,
  storeId: string,
  settings: OfferSettings,
  who: { customer?: string; session?: string },
  now: number,
): Promise<{ impressions: Impression[]; feedback: FeedbackEvent[] }> {
  const g = settings.guards
  const window = Math.max(
    g.frequencyCaps.customer?.windowMs ?? 0,
    g.frequencyCaps.session?.windowMs ?? 0,
    g.dismissDays * DAY_MS,
  )
  // Impressions matter only to frequency caps, dismissals only to the dismissal guard: a shopper
  // with neither gets the answer of a request without one, which the answer cache can keep.
  const capped = g.frequencyCaps.customer !== undefined || g.frequencyCaps.session !== undefined
  const kinds: OfferEvent['kind'][] = []
  if (capped) kinds.push('impression')
  if (g.dismissDays > 0) kinds.push('dismiss')
  const query = { since: now - window, until: now + 1 }
  const found: OfferEvent[] = []
  if (who.customer !== undefined)
    found.push(...(await events.listEvents(storeId, { ...query, kinds, customer: who.customer })))
  if (who.session !== undefined)
    found.push(...(await events.listEvents(storeId, { ...query, kinds, session: who.session })))
  const seen = new Set<string>()
  const impressions: Impression[] = []
  const feedback: FeedbackEvent[] = []
  for (const e of found) {
    if (seen.has(e.id) || e.sku === undefined) continue
    seen.add(e.id)
    const unit: { customer?: string; session?: string } = {}
    if (e.customer !== undefined) unit.customer = e.customer
    if (e.session !== undefined) unit.session = e.session
    if (e.kind === 'impression')
      impressions.push({
        sku: e.sku,
        placement: (e.placement ?? 'cart') as Placement,
        at: e.at,
        ...unit,
      })
    else feedback.push({ sku: e.sku, kind: 'dismissed', at: e.at, ...unit })
  }
  return { impressions, feedback }
}

/** Whether a shopper's events can change an answer: any impression or dismissal at all. */
export function shapesAnswer(shopper: {
  impressions: readonly unknown[]
  feedback: readonly unknown[]
}): boolean {
  return shopper.impressions.length > 0 || shopper.feedback.length > 0
}
