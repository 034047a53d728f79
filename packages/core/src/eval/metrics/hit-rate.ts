/**
 * Hit rate at K.
 * @module
 */

/**
 * HR@K = 1 if any of the first `k` items of `ranked` is in `truth`, else 0.
 * Empty `truth`: `NaN` (undefined; protocols never build such queries). Empty or short list: only
 * the items present count. With one hidden item per query (basket completion) HR@K = Recall@K.
 */
export function hitRate<T>(ranked: readonly T[], truth: ReadonlySet<T>, k: number): number {
  if (truth.size === 0) return Number.NaN
  const n = Math.min(k, ranked.length)
  for (let i = 0; i < n; i++) if (truth.has(ranked[i]!)) return 1
  return 0
}
