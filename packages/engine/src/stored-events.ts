/**
 * The stored form of offer events: validation, canonical copies and their order, shared by every
 * adapter so that each answers alike.
 * @module
 */
import { UpcrossError } from 'upcross'
import { EVENT_KINDS, type EventQuery, type OfferEvent } from './ports/event-store.js'
import { compareCodePoints } from './stored-form.js'

const KINDS: ReadonlySet<string> = new Set(EVENT_KINDS)

/** The optional fields of an event, in the order they are copied. */
export const OPTIONAL_EVENT_FIELDS = [
  'sku',
  'offerId',
  'placement',
  'customer',
  'session',
  'orderId',
  'quantity',
  'revenue',
  'strategy',
  'holdout',
] as const

/**
 * Throws `invalid_input` when an event cannot be stored: an empty id, an unknown kind, an `at`
 * that is not an integer number of epoch ms, or a quantity or revenue (minor units) that is not
 * an integer. `index` names the event in the message.
 */
export function checkEvent(event: OfferEvent, index: number): void {
  const path = `events[${index}]`
  if (typeof event.id !== 'string' || event.id === '') {
    throw new UpcrossError('invalid_input', `${path}.id must be a non-empty string`)
  }
  if (!KINDS.has(event.kind)) {
    throw new UpcrossError(
      'invalid_input',
      `${path}.kind ${String(event.kind)} is not an event kind`,
    )
  }
  if (!Number.isSafeInteger(event.at)) {
    throw new UpcrossError('invalid_input', `${path}.at must be an integer (epoch ms)`)
  }
  for (const field of ['quantity', 'revenue'] as const) {
    const value = event[field]
    if (value !== undefined && !Number.isSafeInteger(value)) {
      throw new UpcrossError('invalid_input', `${path}.${field} must be an integer`)
    }
  }
}

/** A fresh copy of an event in stored form: optional fields that are `undefined` are omitted. */
export function normalizeEvent(event: OfferEvent): OfferEvent {
  const out: OfferEvent = { id: event.id, kind: event.kind, at: event.at }
  const target = out as unknown as Record<string, unknown>
  for (const field of OPTIONAL_EVENT_FIELDS) {
    const value = event[field]
    if (value !== undefined && value !== null) target[field] = value
  }
  return out
}

/** Compares events as `listEvents` orders them: by `at`, then id (code point order). */
export function compareEvents(a: OfferEvent, b: OfferEvent): number {
  return a.at - b.at || compareCodePoints(a.id, b.id)
}

/** The number of events a query may return: `limit` floored at 0, or all when absent. */
export function eventLimit(query: EventQuery | undefined): number {
  const limit = query?.limit
  if (limit === undefined) return Number.POSITIVE_INFINITY
  if (Number.isNaN(limit)) throw new UpcrossError('invalid_input', 'limit must be a number')
  return Math.max(0, Math.floor(limit))
}

/** Tells whether an event passes every filter of a query (the limit aside). */
export function matchesEventQuery(event: OfferEvent, query: EventQuery = {}): boolean {
  if (query.since !== undefined && event.at < query.since) return false
  if (query.until !== undefined && event.at >= query.until) return false
  if (query.kinds !== undefined && !query.kinds.includes(event.kind)) return false
  if (query.customer !== undefined && event.customer !== query.customer) return false
  if (query.session !== undefined && event.session !== query.session) return false
  if (query.sku !== undefined && event.sku !== query.sku) return false
  if (query.offerId !== undefined && event.offerId !== query.offerId) return false
  return true
}
