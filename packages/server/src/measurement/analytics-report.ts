/**
 * The analytics of one period, computed from a store's events with the core's reports
 * (`offerAnalytics`, `dailySeries`, `unitOutcomes`, `liftReport`), in the shape the dashboard
 * reads. Pure: the route reads the events, the costs and the holdout, this adds them up.
 * @module
 */
import type { OfferEvent } from '@upcross/engine'
import {
  type Attribution,
  assignHoldout,
  assignmentUnit,
  attribute,
  type CostOf,
  type DailyPoint,
  DEFAULT_ATTRIBUTION_WINDOW_MS,
  dailySeries,
  type HoldoutConfig,
  type LiftReport,
  liftReport,
  type OfferMetrics,
  offerAnalytics,
  summarizeOrders,
  unitOutcomes,
} from 'upcross'
import type { Period } from './period.js'

/** What the report is computed from. */
export interface AnalyticsInput {
  /**
   * The store's events from `period.from − windowMs` to `period.to`: the impressions shown in
   * the window before the period can earn the period's purchases, and count for nothing else.
   */
  events: readonly OfferEvent[]
  period: Period
  currency: string
  /** Unit costs from the catalog; unknown costs add no margin. */
  cost: CostOf
  /** The store's holdout, when configured: assigns purchases that do not say their arm. */
  holdout: HoldoutConfig | undefined
  windowMs?: number
}

/** The report, money in minor units; rates without a denominator are NaN. */
export interface AnalyticsReport {
  currency: string
  /** The period as ISO-8601 instants, `to` exclusive. */
  from: string
  to: string
  windowMs: number
  totals: OfferMetrics
  byPlacement: OfferMetrics[]
  byStrategy: OfferMetrics[]
  daily: DailyPoint[]
  /** Units that saw offers vs held-out units; null while no held-out unit bought in the period. */
  lift: LiftReport | null
}

/**
 * Offers shown, taken and earned in the period (per placement, per strategy and per day), and the
 * lift of the treated units over the held-out ones. A purchase that carries `holdout` keeps it
 * (the client knew the arm when it happened); one that does not is assigned with the store's
 * holdout, when there is one. Lift compares the units that bought in the period: units that
 * bought nothing leave no event in the holdout arm (it is shown no offers), so counting them in
 * the treated arm only would bias it.
 */
export function analyticsReport(input: AnalyticsInput): AnalyticsReport {
  const { period, cost } = input
  const windowMs = input.windowMs ?? DEFAULT_ATTRIBUTION_WINDOW_MS
  const events = input.holdout ? withArms(input.events, input.holdout) : input.events
  const attribution = purchasedFrom(attribute(events, { windowMs }), period.from)
  const inPeriod = events.filter((e) => e.at >= period.from && e.at < period.to)
  const analytics = offerAnalytics(inPeriod, { cost, attribution })
  const outcomes = unitOutcomes(summarizeOrders(inPeriod, cost))
  return {
    currency: input.currency,
    from: new Date(period.from).toISOString(),
    to: new Date(period.to).toISOString(),
    windowMs: analytics.windowMs,
    totals: analytics.totals,
    byPlacement: analytics.byPlacement,
    byStrategy: analytics.byStrategy,
    daily: dailySeries(inPeriod, { attribution }),
    lift: outcomes.some((o) => o.arm === 'holdout') ? liftReport(outcomes) : null,
  }
}

/** Purchases that do not say their arm get the one the holdout assigns to their unit. */
function withArms(events: readonly OfferEvent[], holdout: HoldoutConfig): OfferEvent[] {
  return events.map((e) => {
    if (e.kind !== 'purchase' || e.holdout !== undefined) return e
    const unit = assignmentUnit(e)
    return unit === undefined ? e : { ...e, holdout: assignHoldout(unit, holdout) }
  })
}

/** Only the credited lines bought at or after `from` (earlier ones belong to earlier periods). */
function purchasedFrom(attribution: Attribution, from: number): Attribution {
  const lines = attribution.lines.filter((l) => l.at >= from)
  let revenue = 0
  let refunded = 0
  let net = 0
  for (const l of lines) {
    revenue += l.revenue
    refunded += l.refunded
    net += l.net
  }
  return { lines, windowMs: attribution.windowMs, revenue, refunded, net }
}
