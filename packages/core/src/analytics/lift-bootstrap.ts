/**
 * The two-sample bootstrap behind the lift report: each arm's units resampled on their own.
 * @module
 */
import { type Interval, percentileInterval } from '../util/interval.js'
import { mulberry32 } from '../util/rng.js'

/** Per-unit columns of one arm. */
export interface ArmColumns {
  revenue: Float64Array
  orders: Float64Array
  margin: Float64Array
}

/** Sums of one (re)sample of an arm, with its unit count. */
export interface ArmSums {
  units: number
  revenue: number
  orders: number
  margin: number
}

/** Bootstrap settings. */
export interface ResampleOptions {
  seed: number
  resamples: number
  level: number
}

/** A statistic of the two arms' sums (treated, control); NaN or ±Infinity when undefined. */
export type ArmStatistic = (treated: ArmSums, control: ArmSums) => number

/**
 * Percentile intervals of several statistics from one set of resamples: each of B rounds draws
 * n_t treated and n_c control units with replacement (independent samples, as randomised arms
 * are) with the seeded mulberry32, sums them and evaluates every statistic. Rounds where a
 * statistic is not finite (e.g. AOV of a resample without orders) are left out of its interval;
 * `estimate` is the statistic on the arms as observed. An empty arm gives NaN everywhere.
 */
export function bootstrapArms(
  treated: ArmColumns,
  control: ArmColumns,
  statistics: readonly ArmStatistic[],
  options: ResampleOptions,
): Interval[] {
  const observed = statistics.map((s) => s(sums(treated), sums(control)))
  if (treated.revenue.length === 0 || control.revenue.length === 0)
    return observed.map(() => ({ estimate: Number.NaN, low: Number.NaN, high: Number.NaN }))
  const rng = mulberry32(options.seed)
  const draws = statistics.map(() => new Float64Array(options.resamples))
  const kept = statistics.map(() => 0)
  for (let r = 0; r < options.resamples; r++) {
    const t = resample(treated, (n) => rng.below(n))
    const c = resample(control, (n) => rng.below(n))
    statistics.forEach((s, i) => {
      const v = s(t, c)
      if (Number.isFinite(v)) draws[i]![kept[i]!++] = v
    })
  }
  return statistics.map((_, i) =>
    percentileInterval(draws[i]!.subarray(0, kept[i]!), options.level, observed[i]!),
  )
}

function sums(arm: ArmColumns): ArmSums {
  const s = { units: arm.revenue.length, revenue: 0, orders: 0, margin: 0 }
  for (let i = 0; i < s.units; i++) {
    s.revenue += arm.revenue[i]!
    s.orders += arm.orders[i]!
    s.margin += arm.margin[i]!
  }
  return s
}

function resample(arm: ArmColumns, below: (n: number) => number): ArmSums {
  const n = arm.revenue.length
  const s = { units: n, revenue: 0, orders: 0, margin: 0 }
  for (let k = 0; k < n; k++) {
    const i = below(n)
    s.revenue += arm.revenue[i]!
    s.orders += arm.orders[i]!
    s.margin += arm.margin[i]!
  }
  return s
}
