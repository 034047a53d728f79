/**
 * Attribution: which purchases an offer earned, net of refunds.
 * @module
 */
import type { Placement } from '../domain/placement.js'
import { assignmentUnit } from '../experiments/bucket.js'
import { byTime, DEFAULT_ATTRIBUTION_WINDOW_MS, orderOf, type TrackedEvent } from './events.js'
import { ImpressionIndex } from './impression-index.js'
import { lineKey, refundShares } from './refunds.js'

/** Options of `attribute`. */
export interface AttributionOptions {
  /** How long after an impression a purchase of its item is credited to it; default 7 days. */
  windowMs?: number
}

/** One purchase line credited to one impression. Money in minor units. */
export interface AttributedLine {
  purchaseId: string
  /** The purchase's order (its own id when it named none). */
  orderId: string
  sku: string
  /** The customer, else the session, of the purchase. */
  unit: string
  at: number
  /** Units bought (1 when the event did not say). */
  quantity: number
  /** What was paid for the line (0 when the event had no revenue). */
  revenue: number
  /** Refunded share of the (order, SKU) line, in [0, 1]. */
  refundedShare: number
  /** revenue × refundedShare. */
  refunded: number
  /** revenue − refunded. */
  net: number
  impressionId: string
  offerId?: string
  placement?: Placement
  strategy?: string
  shownAt: number
}

/** Every credited line and their totals. */
export interface Attribution {
  lines: AttributedLine[]
  windowMs: number
  /** Σ revenue, Σ refunded and Σ net over the credited lines. */
  revenue: number
  refunded: number
  net: number
}

/**
 * Credits a purchase line (a `purchase` event with a SKU) to an offer only when an impression of
 * that SKU was shown to the same customer or session strictly before the purchase and at most
 * `windowMs` before it (default 7 days). Each line is credited at most once, to the latest such
 * impression; one impression may earn several lines (the item bought again within the window).
 * A purchase before any impression, outside the window, or by a different unit earns nothing.
 * Refunds of the same (order, SKU) reduce the credit by the refunded share (see `refundShares`).
 * Events need not be sorted.
 */
export function attribute(
  events: readonly TrackedEvent[],
  options: AttributionOptions = {},
): Attribution {
  const windowMs = options.windowMs ?? DEFAULT_ATTRIBUTION_WINDOW_MS
  const sorted = byTime(events)
  const shown = new ImpressionIndex(sorted)
  const refunds = refundShares(sorted)
  const lines: AttributedLine[] = []
  const totals = { revenue: 0, refunded: 0, net: 0 }
  for (const p of sorted) {
    if (p.kind !== 'purchase' || !p.sku) continue
    const unit = assignmentUnit(p)
    const impression = unit === undefined ? undefined : shown.latestForUnit(p, p.sku, windowMs)
    if (!impression || unit === undefined) continue
    const orderId = orderOf(p)
    const revenue = p.revenue ?? 0
    const refundedShare = refunds.get(lineKey(orderId, p.sku))?.share ?? 0
    const refunded = revenue * refundedShare
    const line: AttributedLine = {
      purchaseId: p.id,
      orderId,
      sku: p.sku,
      unit,
      at: p.at,
      quantity: p.quantity ?? 1,
      revenue,
      refundedShare,
      refunded,
      net: revenue - refunded,
      impressionId: impression.id,
      shownAt: impression.at,
    }
    if (impression.offerId !== undefined) line.offerId = impression.offerId
    if (impression.placement !== undefined) line.placement = impression.placement
    if (impression.strategy !== undefined) line.strategy = impression.strategy
    lines.push(line)
    totals.revenue += revenue
    totals.refunded += refunded
    totals.net += line.net
  }
  return { lines, windowMs, ...totals }
}
