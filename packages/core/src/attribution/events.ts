/**
 * The events measurement reads: what the service stores, as plain data (the engine's
 * `OfferEvent` is assignable to `TrackedEvent`).
 * @module
 */
import type { Placement } from '../domain/placement.js'

/** Every event kind, in the order of a sale. */
export const TRACKED_EVENT_KINDS = [
  'impression',
  'click',
  'add_to_cart',
  'accept',
  'dismiss',
  'purchase',
  'refund',
] as const

/** One event kind. */
export type TrackedEventKind = (typeof TRACKED_EVENT_KINDS)[number]

/**
 * One event: `offerId` ties impression … accept to the offer served; `purchase` and `refund`
 * name the order and the item (one event per order line). Money in integer minor units.
 */
export interface TrackedEvent {
  /** Unique per event; the tie-breaker between events at the same millisecond. */
  id: string
  kind: TrackedEventKind
  /** Epoch ms when it happened. */
  at: number
  sku?: string
  offerId?: string
  placement?: Placement
  customer?: string
  session?: string
  orderId?: string
  quantity?: number
  /** Line revenue (purchase) or amount refunded (refund), minor units. */
  revenue?: number
  /** The strategy or experiment variant that produced the offer. */
  strategy?: string
  /** Whether the unit was in the holdout when the event happened. */
  holdout?: boolean
}

/** Milliseconds in a day. */
export const DAY = 86_400_000

/** The attribution window when none is given: 7 days. */
export const DEFAULT_ATTRIBUTION_WINDOW_MS = 7 * DAY

/** Orders events by time, then id, without touching the input. */
export function byTime<T extends { at: number; id: string }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The order a purchase or refund belongs to: its `orderId`, else its own id (a one-line order). */
export function orderOf(e: TrackedEvent): string {
  return e.orderId ?? `event:${e.id}`
}
