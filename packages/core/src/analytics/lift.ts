/**
 * Incremental lift of a treated arm over a holdout (or of one variant over another), with
 * bootstrap confidence intervals.
 * @module
 */
import type { Interval } from '../util/interval.js'
import { type ArmColumns, type ArmSums, bootstrapArms } from './lift-bootstrap.js'
import { ratio } from './ratio.js'
import type { UnitOutcome } from './unit-outcomes.js'

/** Options of `liftReport`. */
export interface LiftOptions {
  /** The arm that saw offers (default `treated`) and the comparison arm (default `holdout`). */
  treatment?: string
  control?: string
  /** Seed of the resampling generator; default 42. */
  seed?: number
  /** Bootstrap rounds B; default 1000. */
  resamples?: number
  /** Confidence level; default 0.95. */
  level?: number
}

/** One arm's totals and means. Money in minor units. */
export interface ArmSummary {
  arm: string
  units: number
  orders: number
  revenue: number
  margin: number
  /** revenue / units, orders / units, revenue / orders (AOV), margin / units; NaN when 0/0. */
  revenuePerUnit: number
  ordersPerUnit: number
  aov: number
  marginPerUnit: number
  /** Share of revenue whose cost is known (margins count only those lines); NaN without revenue. */
  costCoverage: number
}

/** One metric in both arms, their difference and relative lift, each with its interval. */
export interface LiftMetric {
  treated: number
  control: number
  /** treated − control. */
  difference: Interval
  /** treated / control − 1; not finite (dropped from the interval) when control is 0. */
  relative: Interval
}

/** The lift report. */
export interface LiftReport {
  treated: ArmSummary
  control: ArmSummary
  /** Mean net revenue per unit: the headline ("did offers add revenue per customer?"). */
  revenuePerUnit: LiftMetric
  ordersPerUnit: LiftMetric
  /** Average order value Σ revenue / Σ orders (a ratio of sums, resampled by unit). */
  aov: LiftMetric
  /** Mean known margin per unit; NaN everywhere when no line of either arm had a known cost. */
  marginPerUnit: LiftMetric
  resamples: number
  level: number
  seed: number
}

type Stat = (s: ArmSums) => number

const PER_UNIT_REVENUE: Stat = (s) => ratio(s.revenue, s.units)
const PER_UNIT_ORDERS: Stat = (s) => ratio(s.orders, s.units)
const AOV: Stat = (s) => ratio(s.revenue, s.orders)
const PER_UNIT_MARGIN: Stat = (s) => ratio(s.margin, s.units)

/**
 * Compares the units of `treatment` with those of `control` (other arms are ignored):
 * difference in mean revenue per unit, orders per unit, AOV and margin per unit, and each as a
 * relative lift, with percentile bootstrap intervals where each arm's units are resampled
 * independently (`bootstrapArms`; seeded, so the report is reproducible). Units, not orders,
 * are resampled because units were randomised: a customer's orders are not independent. With
 * real history and no real treatment the expected difference is 0 and the intervals show the
 * noise; an arm without units gives NaN.
 */
export function liftReport(
  outcomes: readonly UnitOutcome[],
  options: LiftOptions = {},
): LiftReport {
  const treatment = options.treatment ?? 'treated'
  const controlArm = options.control ?? 'holdout'
  const settings = {
    seed: options.seed ?? 42,
    resamples: options.resamples ?? 1000,
    level: options.level ?? 0.95,
  }
  const t = columns(outcomes, treatment)
  const c = columns(outcomes, controlArm)
  const costed = t.costed + c.costed > 0
  const stats: Stat[] = [PER_UNIT_REVENUE, PER_UNIT_ORDERS, AOV, PER_UNIT_MARGIN]
  const intervals = bootstrapArms(
    t.columns,
    c.columns,
    stats.flatMap((f) => [(a: ArmSums, b: ArmSums) => f(a) - f(b), relative(f)]),
    settings,
  )
  const treated = summary(treatment, t)
  const control = summary(controlArm, c)
  const metric = (i: number, key: keyof ArmSummary): LiftMetric => ({
    treated: treated[key] as number,
    control: control[key] as number,
    difference: intervals[2 * i]!,
    relative: intervals[2 * i + 1]!,
  })
  const margin = metric(3, 'marginPerUnit')
  return {
    treated,
    control,
    revenuePerUnit: metric(0, 'revenuePerUnit'),
    ordersPerUnit: metric(1, 'ordersPerUnit'),
    aov: metric(2, 'aov'),
    marginPerUnit: costed ? margin : unknownMetric(),
    ...settings,
  }
}

function relative(f: Stat) {
  return (a: ArmSums, b: ArmSums) => f(a) / f(b) - 1
}

function unknownMetric(): LiftMetric {
  const nan = { estimate: Number.NaN, low: Number.NaN, high: Number.NaN }
  return { treated: Number.NaN, control: Number.NaN, difference: nan, relative: { ...nan } }
}

interface ArmData {
  columns: ArmColumns
  costed: number
}

function columns(outcomes: readonly UnitOutcome[], arm: string): ArmData {
  const mine = outcomes.filter((o) => o.arm === arm)
  let costed = 0
  for (const o of mine) costed += o.costedRevenue
  return {
    columns: {
      revenue: Float64Array.from(mine, (o) => o.revenue),
      orders: Float64Array.from(mine, (o) => o.orders),
      margin: Float64Array.from(mine, (o) => o.margin),
    },
    costed,
  }
}

function summary(arm: string, data: ArmData): ArmSummary {
  const { revenue: r, orders: o, margin: m } = data.columns
  const units = r.length
  const revenue = r.reduce((a, b) => a + b, 0)
  const orders = o.reduce((a, b) => a + b, 0)
  const margin = m.reduce((a, b) => a + b, 0)
  return {
    arm,
    units,
    orders,
    revenue,
    margin,
    revenuePerUnit: ratio(revenue, units),
    ordersPerUnit: ratio(orders, units),
    aov: ratio(revenue, orders),
    marginPerUnit: ratio(margin, units),
    costCoverage: ratio(data.costed, revenue),
  }
}
