/**
 * Orders rebuilt from purchase and refund events: value net of refunds, margin where costs
 * are known.
 * @module
 */
import { byTime, orderOf, type TrackedEvent } from '../attribution/events.js'
import { lineKey, refundShares } from '../attribution/refunds.js'
import { assignmentUnit } from '../experiments/bucket.js'
import { type CostOf, lineMargin } from './margin.js'

/** One order's totals. Money in minor units. */
export interface OrderSummary {
  orderId: string
  /** Customer, else session, of its first line; absent for an anonymous order. */
  unit?: string
  /** Time of its first line. */
  at: number
  /** Whether any line was flagged as placed by a held-out unit. */
  holdout: boolean
  /** Strategy stamped on its first line that had one. */
  strategy?: string
  lines: number
  /** Σ paid − Σ refunded. */
  revenue: number
  refunded: number
  /** Σ margin over the lines whose cost is known (see `lineMargin`). */
  margin: number
  /** Σ net revenue of those lines: margin / costedRevenue is the known margin rate. */
  costedRevenue: number
  /** Distinct SKUs bought. */
  skus: string[]
}

/**
 * Groups `purchase` events into orders by `orderId` (a purchase naming no order is an order of
 * one line) and nets out refunds of each (order, SKU) line (see `refundShares`). Lines whose
 * cost is unknown add revenue but no margin; `costedRevenue` says how much revenue the margin
 * covers. Orders come back in time order.
 */
export function summarizeOrders(events: readonly TrackedEvent[], cost?: CostOf): OrderSummary[] {
  const sorted = byTime(events)
  const refunds = refundShares(sorted)
  const orders = new Map<string, OrderSummary>()
  for (const e of sorted) {
    if (e.kind !== 'purchase') continue
    const id = orderOf(e)
    let o = orders.get(id)
    if (!o) {
      o = {
        orderId: id,
        at: e.at,
        holdout: false,
        lines: 0,
        revenue: 0,
        refunded: 0,
        margin: 0,
        costedRevenue: 0,
        skus: [],
      }
      const unit = assignmentUnit(e)
      if (unit !== undefined) o.unit = unit
      orders.set(id, o)
    }
    if (e.holdout) o.holdout = true
    if (o.strategy === undefined && e.strategy !== undefined) o.strategy = e.strategy
    const paid = e.revenue ?? 0
    const share = e.sku === undefined ? 0 : (refunds.get(lineKey(id, e.sku))?.share ?? 0)
    o.lines++
    o.revenue += paid * (1 - share)
    o.refunded += paid * share
    const m = lineMargin(e.sku, paid, e.quantity ?? 1, share, cost)
    if (m !== undefined) {
      o.margin += m
      o.costedRevenue += paid * (1 - share)
    }
    if (e.sku !== undefined && !o.skus.includes(e.sku)) o.skus.push(e.sku)
  }
  return [...orders.values()]
}
