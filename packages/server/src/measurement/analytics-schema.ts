/**
 * The analytics answer as a schema (for validation of the answer and the OpenAPI document):
 * the core's report types, money in minor units, `null` where the core says NaN.
 * @module
 */
import { Type } from 'typebox'

const Maybe = (description?: string) =>
  Type.Union([Type.Number(), Type.Null()], description ? { description } : {})
const Count = Type.Integer()
const Minor = (description: string) => Type.Number({ description: `${description}, minor units` })

/** One row of `offerAnalytics`: all offers, a placement, or a strategy. */
const OfferMetrics = Type.Object({
  key: Type.String({ description: '`all`, a placement (`unknown` if none) or a strategy' }),
  impressions: Count,
  clicks: Count,
  addToCarts: Count,
  accepts: Count,
  dismissals: Count,
  taken: Type.Integer({ description: 'impressions accepted or credited with a purchase' }),
  ctr: Maybe('clicks / impressions'),
  takeRate: Maybe('taken / impressions'),
  attributedLines: Count,
  attributedRevenue: Minor('credited purchase lines net of refunds'),
  attributedMargin: Minor('known margin of those lines'),
  orders: Type.Integer({ description: 'all non-holdout orders (`all`), else attached orders' }),
  attachedOrders: Count,
  attachRate: Maybe('attached orders / non-holdout orders'),
  revenue: Minor('net revenue of the row’s orders'),
  aov: Maybe('revenue / orders, minor units'),
  margin: Minor('known margin of the row’s orders'),
  costCoverage: Maybe('share of revenue whose cost is known'),
})

const DailyPoint = Type.Object({
  day: Type.String({ description: 'YYYY-MM-DD (UTC)' }),
  impressions: Count,
  taken: Count,
  takeRate: Maybe(),
  attributedRevenue: Minor('credited on the day bought'),
})

const Interval = Type.Object({ estimate: Maybe(), low: Maybe(), high: Maybe() })

const LiftMetric = Type.Object({
  treated: Maybe(),
  control: Maybe(),
  difference: Interval,
  relative: Interval,
})

const ArmSummary = Type.Object({
  arm: Type.String(),
  units: Count,
  orders: Count,
  revenue: Type.Number(),
  margin: Type.Number(),
  revenuePerUnit: Maybe(),
  ordersPerUnit: Maybe(),
  aov: Maybe(),
  marginPerUnit: Maybe(),
  costCoverage: Maybe(),
})

const LiftReport = Type.Object(
  {
    treated: ArmSummary,
    control: ArmSummary,
    revenuePerUnit: LiftMetric,
    ordersPerUnit: LiftMetric,
    aov: LiftMetric,
    marginPerUnit: LiftMetric,
    resamples: Count,
    level: Type.Number(),
    seed: Count,
  },
  {
    description:
      'units that saw offers vs held-out units, over the units that bought in the period; 95 % percentile bootstrap intervals, units resampled per arm',
  },
)

/** `GET /analytics`. */
export const AnalyticsAnswer = Type.Object({
  currency: Type.String(),
  from: Type.String({ description: 'start of the period (ISO-8601, inclusive)' }),
  to: Type.String({ description: 'end of the period (ISO-8601, exclusive)' }),
  windowMs: Type.Integer({ description: 'attribution window' }),
  totals: OfferMetrics,
  byPlacement: Type.Array(OfferMetrics),
  byStrategy: Type.Array(OfferMetrics),
  daily: Type.Array(DailyPoint),
  lift: Type.Union([LiftReport, Type.Null()]),
})
