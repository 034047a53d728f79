/**
 * The analytics answer the dashboard reads: `GET /v1/stores/{storeId}/analytics?from=&to=`, the
 * core's own reports (`offerAnalytics`, `dailySeries`, `liftReport`) with money in minor units of
 * `currency` and `NaN` sent as `null`. Asked through the client's `request` until the route is in
 * the generated types.
 * @module
 */
import type { UpcrossClient } from '@upcross/client'

/** A number the server may not know (0/0): `null`. */
export type Maybe = number | null

/** One row: all offers, one placement, or one strategy (an experiment's variant). */
export interface OfferMetrics {
  key: string
  impressions: number
  clicks: number
  addToCarts: number
  accepts: number
  dismissals: number
  taken: number
  ctr: Maybe
  takeRate: Maybe
  attributedLines: number
  attributedRevenue: number
  attributedMargin: number
  orders: number
  attachedOrders: number
  attachRate: Maybe
  revenue: number
  aov: Maybe
  margin: number
  costCoverage: Maybe
}

/** One UTC day. */
export interface DailyPoint {
  day: string
  impressions: number
  taken: number
  takeRate: Maybe
  attributedRevenue: number
}

/** A point estimate with its confidence interval. */
export interface Interval {
  estimate: Maybe
  low: Maybe
  high: Maybe
}

/** One metric in both arms: difference and relative lift, each with its interval. */
export interface LiftMetric {
  treated: Maybe
  control: Maybe
  difference: Interval
  relative: Interval
}

/** One arm's totals and means. */
export interface ArmSummary {
  arm: string
  units: number
  orders: number
  revenue: number
  margin: number
  revenuePerUnit: Maybe
  ordersPerUnit: Maybe
  aov: Maybe
  marginPerUnit: Maybe
  costCoverage: Maybe
}

/** Offers against the holdout. */
export interface LiftReport {
  treated: ArmSummary
  control: ArmSummary
  revenuePerUnit: LiftMetric
  ordersPerUnit: LiftMetric
  aov: LiftMetric
  marginPerUnit: LiftMetric
  resamples: number
  level: number
  seed: number
}

/** The whole answer. */
export interface AnalyticsReport {
  currency: string
  windowMs: number
  totals: OfferMetrics
  byPlacement: OfferMetrics[]
  byStrategy: OfferMetrics[]
  daily: DailyPoint[]
  /** Null while there are no holdout units to compare with. */
  lift: LiftReport | null
}

/** The period asked for: ISO dates or instants, either end open. */
export interface Period {
  from?: string
  to?: string
}

/** The path of the analytics route for `storeId` and `period`. */
export function analyticsPath(storeId: string, period: Period): string {
  const q = new URLSearchParams()
  if (period.from) q.set('from', period.from)
  if (period.to) q.set('to', period.to)
  const query = q.toString()
  return `/v1/stores/${encodeURIComponent(storeId)}/analytics${query ? `?${query}` : ''}`
}

/** Reads the analytics of `storeId` over `period`. */
export function loadAnalytics(
  client: Pick<UpcrossClient, 'request'>,
  storeId: string,
  period: Period,
): Promise<AnalyticsReport> {
  return client.request<AnalyticsReport>('GET', analyticsPath(storeId, period))
}

/**
 * Incremental revenue (or margin) over the whole treated group: the per-unit difference times the
 * treated units, interval scaled alike (units are fixed, so the scaling is exact).
 */
export function incrementalTotal(metric: LiftMetric, treatedUnits: number): Interval {
  const scale = (v: Maybe) => (v === null ? null : v * treatedUnits)
  return {
    estimate: scale(metric.difference.estimate),
    low: scale(metric.difference.low),
    high: scale(metric.difference.high),
  }
}
