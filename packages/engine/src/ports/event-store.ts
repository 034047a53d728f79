/**
 * The event port: what shoppers did with offers (and purchases, refunds), append-only.
 * @module
 */
import type { Placement } from 'upcross'

/** Every event kind the service records. */
export const EVENT_KINDS = [
  'impression',
  'click',
  'add_to_cart',
  'accept',
  'dismiss',
  'purchase',
  'refund',
] as const

/** One event kind. */
export type EventKind = (typeof EVENT_KINDS)[number]

/**
 * One event. `offerId` ties impression … accept to the offer served; `purchase` and `refund`
 * name the order and the item (one event per order line). Money in minor units.
 */
export interface OfferEvent {
  /** Client-chosen id; a repeated id is a duplicate, never counted twice. */
  id: string
  kind: EventKind
  /** Epoch ms when it happened. */
  at: number
  sku?: string
  offerId?: string
  placement?: Placement
  customer?: string
  session?: string
  orderId?: string
  quantity?: number
  /** Line revenue (purchase) or amount refunded (refund). */
  revenue?: number
  /** The strategy or experiment variant that produced the offer. */
  strategy?: string
  /** Whether the customer/session was in the holdout when the event happened. */
  holdout?: boolean
}

/** Filters of `listEvents`; every filter given must hold. */
export interface EventQuery {
  /** Inclusive lower bound on `at`. */
  since?: number
  /** Exclusive upper bound on `at`. */
  until?: number
  /** Any of these kinds; an empty list matches nothing. */
  kinds?: readonly EventKind[]
  customer?: string
  session?: string
  sku?: string
  offerId?: string
  /** At most this many events, the earliest first (default: all). */
  limit?: number
}

/** What `appendEvents` did. */
export interface AppendEventsResult {
  inserted: number
  /** Events skipped because their id was stored already or repeated earlier in the call. */
  duplicates: number
}

/** Appends and reads a store's events; durable when the promise resolves. */
export interface EventStore {
  /**
   * Stores events whose id is new to the store; a repeat of an id earlier in `events` is a
   * duplicate too (the first one wins). All or none: throws `invalid_input` (and stores
   * nothing) when an event has an empty id, an unknown kind, or a non-integer `at`, `quantity`
   * or `revenue`.
   */
  appendEvents(storeId: string, events: readonly OfferEvent[]): Promise<AppendEventsResult>
  /**
   * Matching events ordered by `at`, then id (code point order); optional fields that are
   * `undefined` are omitted. The same id in two stores is two events.
   */
  listEvents(storeId: string, query?: EventQuery): Promise<OfferEvent[]>
}
