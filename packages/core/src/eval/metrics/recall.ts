/**
 * Recall at K.
 * @module
 */

/**
 * Recall@K = |top-K ∩ truth| / |truth|, as in the Reality-Check `get_Recall` (denominator |truth|,
 * not min(K, |truth|), so a perfect list scores below 1 when |truth| > K).
 * Empty `truth`: `NaN`. A duplicate in `ranked` counts once, at its first position.
 */
export function recall<T>(ranked: readonly T[], truth: ReadonlySet<T>, k: number): number {
  if (truth.size === 0) return Number.NaN
  const n = Math.min(k, ranked.length)
  const seen = new Set<T>()
  for (let i = 0; i < n; i++) {
    const x = ranked[i]!
    if (truth.has(x)) seen.add(x)
  }
  return seen.size / truth.size
}
