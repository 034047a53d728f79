/**
 * Percentile bootstrap confidence intervals, seeded.
 * @module
 */
import { type Interval, quantileSorted } from '../util/interval.js'
import { mulberry32 } from '../util/rng.js'

export type { Interval } from '../util/interval.js'

/** Options of the bootstrap functions. */
export interface BootstrapOptions {
  /** Seed of the resampling PRNG (mulberry32); default 42. */
  seed?: number
  /** Number of resamples B; default 1000. */
  resamples?: number
  /** Confidence level; default 0.95. */
  level?: number
  /**
   * Lengths of consecutive strata (e.g. the test users of each fold). Each stratum is resampled
   * on its own and the statistic is the mean of stratum means. Default: one stratum.
   */
  strata?: readonly number[]
}

/**
 * Percentile bootstrap CI of a mean: draw B resamples of the same size with replacement (within
 * each stratum), take the mean of stratum means of each, and report the (1−level)/2 and
 * (1+level)/2 quantiles of those B values (linear interpolation between order statistics,
 * Hyndman–Fan type 7). `estimate` is the statistic on the data itself. `NaN` values are not
 * allowed (filter them first). Empty input or an empty stratum gives `NaN` everywhere.
 */
export function bootstrapMean(values: ArrayLike<number>, options: BootstrapOptions = {}): Interval {
  return pairedBootstrap(values, undefined, options)
}

/**
 * Percentile bootstrap CI of the paired difference mean(a − b): queries are resampled together,
 * so the interval reflects per-query pairing. `a` and `b` must have the same length.
 */
export function bootstrapPairedDifference(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: BootstrapOptions = {},
): Interval {
  if (a.length !== b.length) throw new RangeError('paired samples must have the same length')
  const d = new Float64Array(a.length)
  for (let i = 0; i < a.length; i++) d[i] = a[i]! - b[i]!
  return bootstrapMean(d, options)
}

/**
 * Percentile bootstrap CI of the ratio mean(a) / mean(b) (relative lift = ratio − 1), with
 * queries resampled in pairs (within strata: ratio of the means of stratum means). A resample
 * whose mean(b) is 0 gives ±Infinity or NaN, which sorts into the tails.
 */
export function bootstrapPairedRatio(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: BootstrapOptions = {},
): Interval {
  if (a.length !== b.length) throw new RangeError('paired samples must have the same length')
  return pairedBootstrap(a, b, options)
}

/** The shared resampling loop: mean of `a`, or ratio of means of `a` and `b` when given. */
function pairedBootstrap(
  a: ArrayLike<number>,
  b: ArrayLike<number> | undefined,
  options: BootstrapOptions,
): Interval {
  const strata = options.strata ?? [a.length]
  let total = 0
  for (const s of strata) total += s
  if (total !== a.length) throw new RangeError('strata lengths must sum to values.length')
  if (a.length === 0 || strata.some((s) => s === 0)) {
    return { estimate: Number.NaN, low: Number.NaN, high: Number.NaN }
  }
  const rng = mulberry32(options.seed ?? 42)
  const resamples = options.resamples ?? 1000
  const level = options.level ?? 0.95
  const stats = new Float64Array(resamples)
  for (let r = 0; r < resamples; r++) {
    let meansA = 0
    let meansB = 0
    let start = 0
    for (const n of strata) {
      let sumA = 0
      let sumB = 0
      for (let i = 0; i < n; i++) {
        const j = start + rng.below(n)
        sumA += a[j]!
        if (b) sumB += b[j]!
      }
      meansA += sumA / n
      meansB += sumB / n
      start += n
    }
    stats[r] = b ? meansA / meansB : meansA / strata.length
  }
  stats.sort()
  const estimate = b
    ? stratifiedMean(a, strata) / stratifiedMean(b, strata)
    : stratifiedMean(a, strata)
  return {
    estimate,
    low: quantileSorted(stats, (1 - level) / 2),
    high: quantileSorted(stats, (1 + level) / 2),
  }
}

/** Mean of the means of consecutive strata of `values`. */
function stratifiedMean(values: ArrayLike<number>, strata: readonly number[]): number {
  let sumOfMeans = 0
  let start = 0
  for (const n of strata) {
    let sum = 0
    for (let i = 0; i < n; i++) sum += values[start + i]!
    sumOfMeans += sum / n
    start += n
  }
  return sumOfMeans / strata.length
}
