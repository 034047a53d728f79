/**
 * Normalised discounted cumulative gain at K, binary gains.
 * @module
 */

/**
 * NDCG@K = DCG@K / IDCG with DCG@K = Σ_{i=1..K, ranked_i ∈ truth} 1 / log2(i + 1) and
 * IDCG = Σ_{i=1..|truth|} 1 / log2(i + 1). IDCG runs over |truth| positions, not min(K, |truth|),
 * exactly as `get_NDCG` of the Reality-Check code (evaluation/metrics.py): a perfect top-K scores
 * below 1 when |truth| > K. For one hidden item NDCG@K = 1 / log2(rank + 1) if rank ≤ K.
 * Empty `truth`: `NaN`. A duplicate in `ranked` gains only at its first position.
 */
export function ndcg<T>(ranked: readonly T[], truth: ReadonlySet<T>, k: number): number {
  if (truth.size === 0) return Number.NaN
  const n = Math.min(k, ranked.length)
  const seen = new Set<T>()
  let dcg = 0
  for (let i = 0; i < n; i++) {
    const x = ranked[i]!
    if (truth.has(x) && !seen.has(x)) {
      seen.add(x)
      dcg += 1 / Math.log2(i + 2)
    }
  }
  let idcg = 0
  for (let i = 0; i < truth.size; i++) idcg += 1 / Math.log2(i + 2)
  return dcg / idcg
}
