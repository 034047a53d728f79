/**
 * Reciprocal rank at K (averaged over queries: MRR@K).
 * @module
 */

/**
 * RR@K = 1 / r where r is the 1-based position of the first item of `ranked` in `truth`, if
 * r ≤ K; 0 when no hit in the first K. Empty `truth`: `NaN`.
 */
export function reciprocalRank<T>(ranked: readonly T[], truth: ReadonlySet<T>, k: number): number {
  if (truth.size === 0) return Number.NaN
  const n = Math.min(k, ranked.length)
  for (let i = 0; i < n; i++) if (truth.has(ranked[i]!)) return 1 / (i + 1)
  return 0
}
