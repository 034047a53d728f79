/**
 * Percentile intervals from resampled statistics: the generic half of every bootstrap.
 * @module
 */

/** A point estimate with its confidence interval. */
export interface Interval {
  /** The statistic on the data as observed. */
  estimate: number
  low: number
  high: number
}

/**
 * Type-7 quantile (Hyndman–Fan: linear interpolation between order statistics) of an ascending
 * array at `p` ∈ [0, 1]; `NaN` for an empty array.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN
  const h = (sorted.length - 1) * p
  const lo = Math.floor(h)
  const hi = Math.min(lo + 1, sorted.length - 1)
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!)
}

/**
 * Percentile interval of resampled statistics at `level` (e.g. 0.95): the (1−level)/2 and
 * (1+level)/2 type-7 quantiles. Sorts `stats` in place; `NaN` draws sort last and so pull only
 * the upper bound (filter them first when they mean "undefined").
 */
export function percentileInterval(stats: Float64Array, level: number, estimate: number): Interval {
  stats.sort()
  return {
    estimate,
    low: quantileSorted(stats, (1 - level) / 2),
    high: quantileSorted(stats, (1 + level) / 2),
  }
}
