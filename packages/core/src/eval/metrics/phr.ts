/**
 * Personal hit ratio at K (Reality-Check PHR).
 * @module
 */

/**
 * PHR@K for one user = 1 if the first K items of `ranked` hold at least one item of the user's
 * next basket `truth`, else 0; its mean over users is the share of users with ≥ 1 hit
 * (Reality-Check `get_HT`). Same formula as `hitRate`, named for the next-basket reports.
 * Empty `truth`: `NaN`.
 */
export function personalHit<T>(ranked: readonly T[], truth: ReadonlySet<T>, k: number): number {
  if (truth.size === 0) return Number.NaN
  const n = Math.min(k, ranked.length)
  for (let i = 0; i < n; i++) if (truth.has(ranked[i]!)) return 1
  return 0
}
