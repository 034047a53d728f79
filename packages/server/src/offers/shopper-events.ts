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
  const query = { since: now - window, until: now + 1, kinds: ['impression', 'dismiss'] as const }
  const found: OfferEvent[] = []
  if (who.customer !== undefined)
    found.push(
      ...(await events.listEvents(storeId, {
        ...query,
        kinds: [...query.kinds],
        customer: who.customer,
      })),
    )
  if (who.session !== undefined)
    found.push(
      ...(await events.listEvents(storeId, {
        ...query,
        kinds: [...query.kinds],
        session: who.session,
      })),
    )
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
