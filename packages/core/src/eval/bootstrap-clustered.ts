/**
 * A cluster (e.g. per-customer) bootstrap of a paired difference, for queries that are not
 * independent because one customer contributes many.
 * @module
 */
import { type BootstrapOptions, bootstrapPairedRatio, type Interval } from './bootstrap.js'

/**
 * Percentile bootstrap CI of mean(a − b) over queries, resampling whole clusters: per cluster the
 * sum of a − b and the query count, then `bootstrapPairedRatio` of the two (Σ diff / Σ count, the
 * query-level mean). `clusters[i]` names query i's cluster. The estimate equals the plain mean
 * difference; the interval is wider when queries of one cluster agree with each other.
 */
export function bootstrapClusteredDifference(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  clusters: readonly string[],
  options: Omit<BootstrapOptions, 'strata'> = {},
): Interval {
  if (a.length !== b.length || a.length !== clusters.length)
    throw new RangeError('paired samples and clusters must have the same length')
  const index = new Map<string, number>()
  const sums: number[] = []
  const counts: number[] = []
  for (let i = 0; i < a.length; i++) {
    let c = index.get(clusters[i]!)
    if (c === undefined) {
      c = sums.length
      index.set(clusters[i]!, c)
      sums.push(0)
      counts.push(0)
    }
    sums[c]! += a[i]! - b[i]!
    counts[c]! += 1
  }
  return bootstrapPairedRatio(sums, counts, options)
}
