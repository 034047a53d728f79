/**
 * How much of each order line was refunded, as a share of what was paid for it.
 * @module
 */
import { orderOf, type TrackedEvent } from './events.js'

/** Σ paid, Σ refunded and the refunded share of one (order, SKU) line. */
export interface LineRefund {
  paid: number
  refunded: number
  /** min(1, refunded / paid); 1 when anything was refunded of a line paid 0. */
  share: number
}

/** The key of an order line: order id and SKU. */
export function lineKey(orderId: string, sku: string): string {
  return `${orderId}\u0000${sku}`
}

/**
 * Refunded share per (order, SKU): refunds are matched to purchases by `orderId` and `sku`
 * (a refund naming no order cannot be matched and is ignored). A refund's amount is its
 * `revenue`; without one, its `quantity` refunds that share of the units bought
 * (paid × min(1, q_refund / q_bought)), and without either the whole line is refunded.
 * Refunds above what was paid are capped: the share never exceeds 1.
 */
export function refundShares(events: readonly TrackedEvent[]): Map<string, LineRefund> {
  const lines = new Map<string, { paid: number; bought: number }>()
  for (const e of events) {
    if (e.kind !== 'purchase' || !e.sku) continue
    const key = lineKey(orderOf(e), e.sku)
    const line = lines.get(key) ?? { paid: 0, bought: 0 }
    line.paid += e.revenue ?? 0
    line.bought += e.quantity ?? 1
    lines.set(key, line)
  }
  const out = new Map<string, LineRefund>()
  for (const e of events) {
    if (e.kind !== 'refund' || !e.sku || e.orderId === undefined) continue
    const key = lineKey(e.orderId, e.sku)
    const line = lines.get(key)
    if (!line) continue
    const amount =
      e.revenue ??
      (e.quantity === undefined
        ? line.paid
        : line.paid * Math.min(1, e.quantity / Math.max(line.bought, 1)))
    const r = out.get(key) ?? { paid: line.paid, refunded: 0, share: 0 }
    r.refunded += amount
    r.share = line.paid > 0 ? Math.min(1, r.refunded / line.paid) : 1
    out.set(key, r)
  }
  return out
}
