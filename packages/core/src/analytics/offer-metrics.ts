/**
 * Offer analytics per placement and per strategy: what was shown, taken, and earned.
 * @module
 */
import { type Attribution, attribute } from '../attribution/attribute.js'
import { byTime, type TrackedEvent } from '../attribution/events.js'
import { ImpressionIndex } from '../attribution/impression-index.js'
import { takenImpressions } from '../attribution/takes.js'
import { type CostOf, lineMargin } from './margin.js'
import { type OrderSummary, summarizeOrders } from './orders.js'
import { ratio } from './ratio.js'

/** Options of the analytics functions. */
export interface AnalyticsOptions {
  /** Unit costs for margins; without it every margin is 0 with `costCoverage` 0. */
  cost?: CostOf
  /** Attribution window; default 7 days (ignored when `attribution` is given). */
  windowMs?: number
  /** A precomputed `attribute(events)`, to share it between reports. */
  attribution?: Attribution
}

/** The numbers of one row: all offers, one placement or one strategy. Money in minor units. */
export interface OfferMetrics {
  /** `all`, a placement (`unknown` when none was recorded) or a strategy (`default`). */
  key: string
  impressions: number
  clicks: number
  addToCarts: number
  accepts: number
  dismissals: number
  /** Impressions taken: accepted or credited with a purchase (see `takenImpressions`). */
  taken: number
  /** clicks / impressions; NaN without impressions (JSON: null). */
  ctr: number
  /** taken / impressions; NaN without impressions. */
  takeRate: number
  /** Purchase lines credited to the row's offers, their net revenue and known margin. */
  attributedLines: number
  attributedRevenue: number
  attributedMargin: number
  /** The orders the row describes: all non-holdout orders for `all`, else its attached orders. */
  orders: number
  /** Orders with at least one line credited to the row's offers. */
  attachedOrders: number
  /** attachedOrders / all non-holdout orders; NaN without orders. */
  attachRate: number
  /** Net revenue of the row's orders, their mean (AOV; NaN without orders), their known margin. */
  revenue: number
  aov: number
  margin: number
  /** Share of `revenue` whose cost is known, so whose margin is counted; NaN without revenue. */
  costCoverage: number
}

/** The overall row and one row per placement and per strategy, most impressions first. */
export interface OfferAnalytics {
  totals: OfferMetrics
  byPlacement: OfferMetrics[]
  byStrategy: OfferMetrics[]
  windowMs: number
}

type Counter = Omit<OfferMetrics, 'ctr' | 'takeRate' | 'attachRate' | 'aov' | 'costCoverage'> & {
  costedRevenue: number
  orderIds: Set<string>
}

/**
 * Per placement and per strategy: impressions, clicks, add-to-carts, accepts, dismissals,
 * CTR = clicks / impressions, take rate = taken impressions / impressions, attributed lines,
 * revenue (net of refunds) and margin, attach rate = orders with a credited line / orders, and
 * the orders, revenue, AOV and margin of those attached orders. An event without a placement or
 * strategy takes its offer's (from the offer's first impression). Holdout orders are left out:
 * they could not see offers (the lift report compares them). Margins count only lines with a
 * known cost; `costCoverage` tells how much revenue that is.
 */
export function offerAnalytics(
  events: readonly TrackedEvent[],
  options: AnalyticsOptions = {},
): OfferAnalytics {
  const attribution = options.attribution ?? attribute(events, { windowMs: options.windowMs })
  const sorted = byTime(events)
  const index = new ImpressionIndex(sorted)
  const taken = takenImpressions(sorted, attribution)
  const orders = summarizeOrders(sorted, options.cost).filter((o) => !o.holdout)
  const orderById = new Map(orders.map((o) => [o.orderId, o]))
  const totals = counter('all')
  const placements = new Map<string, Counter>()
  const strategies = new Map<string, Counter>()
  const rows = (placement: string, strategy: string): Counter[] => [
    totals,
    row(placements, placement),
    row(strategies, strategy),
  ]
  for (const e of sorted) {
    // Purchases and refunds reach the rows through attribution, below.
    if (e.kind === 'purchase' || e.kind === 'refund') continue
    const offer = e.offerId === undefined ? undefined : index.firstForOffer(e.offerId)
    const placement = e.placement ?? offer?.placement ?? 'unknown'
    const strategy = e.strategy ?? offer?.strategy ?? 'default'
    for (const r of rows(placement, strategy)) countEvent(r, e, taken)
  }
  for (const line of attribution.lines) {
    const order = orderById.get(line.orderId)
    const margin = lineMargin(
      line.sku,
      line.revenue,
      line.quantity,
      line.refundedShare,
      options.cost,
    )
    for (const r of rows(line.placement ?? 'unknown', line.strategy ?? 'default')) {
      r.attributedLines++
      r.attributedRevenue += line.net
      r.attributedMargin += margin ?? 0
      if (order) r.orderIds.add(order.orderId)
    }
  }
  const all = orders.length
  const finish = (c: Counter, own: readonly OrderSummary[]) => metrics(c, own, all)
  const attached = (c: Counter) => [...c.orderIds].map((id) => orderById.get(id)!)
  const sortRows = (m: Map<string, Counter>) =>
    [...m.values()]
      .map((c) => finish(c, attached(c)))
      .sort((a, b) => b.impressions - a.impressions || (a.key < b.key ? -1 : 1))
  return {
    totals: finish(totals, orders),
    byPlacement: sortRows(placements),
    byStrategy: sortRows(strategies),
    windowMs: attribution.windowMs,
  }
}

function counter(key: string): Counter {
  return {
    key,
    impressions: 0,
    clicks: 0,
    addToCarts: 0,
    accepts: 0,
    dismissals: 0,
    taken: 0,
    attributedLines: 0,
    attributedRevenue: 0,
    attributedMargin: 0,
    orders: 0,
    attachedOrders: 0,
    revenue: 0,
    margin: 0,
    costedRevenue: 0,
    orderIds: new Set(),
  }
}

function row(map: Map<string, Counter>, key: string): Counter {
  let c = map.get(key)
  if (!c) {
    c = counter(key)
    map.set(key, c)
  }
  return c
}

function countEvent(c: Counter, e: TrackedEvent, taken: ReadonlySet<string>): void {
  if (e.kind === 'impression') {
    c.impressions++
    if (taken.has(e.id)) c.taken++
  } else if (e.kind === 'click') c.clicks++
  else if (e.kind === 'add_to_cart') c.addToCarts++
  else if (e.kind === 'accept') c.accepts++
  else if (e.kind === 'dismiss') c.dismissals++
}

/** Completes a row: `own` are the orders it describes, `all` the number of orders in scope. */
function metrics(c: Counter, own: readonly OrderSummary[], all: number): OfferMetrics {
  let revenue = 0
  let margin = 0
  let costed = 0
  for (const o of own) {
    revenue += o.revenue
    margin += o.margin
    costed += o.costedRevenue
  }
  const attachedOrders = c.orderIds.size
  const { orderIds: _ids, costedRevenue: _costed, ...counts } = c
  return {
    ...counts,
    ctr: ratio(c.clicks, c.impressions),
    takeRate: ratio(c.taken, c.impressions),
    orders: own.length,
    attachedOrders,
    attachRate: ratio(attachedOrders, all),
    revenue,
    aov: ratio(revenue, own.length),
    margin,
    costCoverage: ratio(costed, revenue),
  }
}
