/**
 * Per-query metric vectors → means, bootstrap CIs and the paired comparison.
 * @module
 */
import {
  bootstrapMean,
  bootstrapPairedDifference,
  bootstrapPairedRatio,
  type MetricVectors,
} from 'upcross/eval'
import type { Comparison } from './report-types.js'

/** Bootstrap settings of one section. */
export interface SummaryOptions {
  resamples: number
  seed: number
  /** Fold sizes when the vectors concatenate folds (mean of fold means). */
  strata?: number[]
}

/** Mean and 95 % CI of every metric. */
export function summarizeMetrics(
  metrics: MetricVectors,
  names: readonly string[],
  options: SummaryOptions,
): Record<string, ReturnType<typeof bootstrapMean>> {
  const out: Record<string, ReturnType<typeof bootstrapMean>> = {}
  for (const name of names) out[name] = bootstrapMean(metrics[name]!, bootstrapOptions(options))
  return out
}

/** Paired difference and ratio of `a` over `b` for every metric. */
export function compare(
  method: string,
  a: MetricVectors,
  baseline: string,
  b: MetricVectors,
  names: readonly string[],
  options: SummaryOptions,
): Comparison {
  const metrics: Comparison['metrics'] = {}
  for (const name of names) {
    metrics[name] = {
      difference: bootstrapPairedDifference(a[name]!, b[name]!, bootstrapOptions(options)),
      ratio: bootstrapPairedRatio(a[name]!, b[name]!, bootstrapOptions(options)),
    }
  }
  return { method, baseline, metrics }
}

/** Concatenates each fold's vectors per metric (fold order), for stratified bootstraps. */
export function concatFolds(
  folds: readonly MetricVectors[],
  names: readonly string[],
): MetricVectors {
  const out: MetricVectors = {}
  for (const name of names) {
    const total = folds.reduce((s, f) => s + f[name]!.length, 0)
    const v = new Float64Array(total)
    let at = 0
    for (const f of folds) {
      v.set(f[name]!, at)
      at += f[name]!.length
    }
    out[name] = v
  }
  return out
}

function bootstrapOptions(o: SummaryOptions) {
  return o.strata
    ? { resamples: o.resamples, seed: o.seed, strata: o.strata }
    : { resamples: o.resamples, seed: o.seed }
}
