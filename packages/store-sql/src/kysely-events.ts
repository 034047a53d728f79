/**
 * The event port as dialect-neutral Kysely queries (every value bound as a parameter).
 * @module
 */
import {
  checkEvent,
  type EventKind,
  type EventStore,
  eventLimit,
  normalizeEvent,
  type OfferEvent,
} from '@upcross/engine'
import type { Kysely, Selectable } from 'kysely'
import type { Placement } from 'upcross'
import { chunks, ROWS_PER_INSERT } from './chunks.js'
import type { Run } from './kysely-run.js'
import type { Database, EventsTable } from './schema.js'

function toRow(storeId: string, e: OfferEvent): EventsTable {
  return {
    store_id: storeId,
    id: e.id,
    kind: e.kind,
    at: e.at,
    sku: e.sku ?? null,
    offer_id: e.offerId ?? null,
    placement: e.placement ?? null,
    customer: e.customer ?? null,
    session: e.session ?? null,
    order_id: e.orderId ?? null,
    quantity: e.quantity ?? null,
    revenue: e.revenue ?? null,
    strategy: e.strategy ?? null,
    holdout: e.holdout === undefined ? null : e.holdout ? 1 : 0,
  }
}

function fromRow(r: Selectable<EventsTable>): OfferEvent {
  const num = (v: number | null): number | undefined => (v === null ? undefined : Number(v))
  const text = (v: string | null): string | undefined => v ?? undefined
  return normalizeEvent({
    id: r.id,
    kind: r.kind as EventKind,
    at: Number(r.at),
    sku: text(r.sku),
    offerId: text(r.offer_id),
    placement: text(r.placement) as Placement | undefined,
    customer: text(r.customer),
    session: text(r.session),
    orderId: text(r.order_id),
    quantity: num(r.quantity),
    revenue: num(r.revenue),
    strategy: text(r.strategy),
    holdout: r.holdout === null ? undefined : Number(r.holdout) !== 0,
  })
}

/** Creates the event port on `db`. */
export function kyselyEventStore(db: Kysely<Database>, run: Run): EventStore {
  return {
    appendEvents: (storeId, events) =>
      run(() =>
        // One transaction: a bad event in a later slice rolls back the slices already inserted.
        db.transaction().execute(async (tx) => {
          const seen = new Set<string>()
          let inserted = 0
          let index = 0
          for (const slice of chunks(events, ROWS_PER_INSERT)) {
            const rows: EventsTable[] = []
            for (const event of slice) {
              checkEvent(event, index++)
              if (seen.has(event.id)) continue
              seen.add(event.id)
              rows.push(toRow(storeId, event))
            }
            if (rows.length === 0) continue
            const written = await tx
              .insertInto('events')
              .values(rows)
              .onConflict((oc) => oc.columns(['store_id', 'id']).doNothing())
              .returning('id')
              .execute()
            inserted += written.length
          }
          return { inserted, duplicates: events.length - inserted }
        }),
      ),
    listEvents: (storeId, query = {}) =>
      run(async () => {
        const limit = eventLimit(query)
        if (limit === 0 || query.kinds?.length === 0) return []
        let q = db.selectFrom('events').selectAll().where('store_id', '=', storeId)
        if (query.since !== undefined) q = q.where('at', '>=', query.since)
        if (query.until !== undefined) q = q.where('at', '<', query.until)
        if (query.kinds !== undefined) q = q.where('kind', 'in', [...query.kinds])
        if (query.customer !== undefined) q = q.where('customer', '=', query.customer)
        if (query.session !== undefined) q = q.where('session', '=', query.session)
        if (query.sku !== undefined) q = q.where('sku', '=', query.sku)
        if (query.offerId !== undefined) q = q.where('offer_id', '=', query.offerId)
        q = q.orderBy('at').orderBy('id')
        if (Number.isFinite(limit)) q = q.limit(limit)
        return (await q.execute()).map(fromRow)
      }),
  }
}
