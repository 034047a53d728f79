/**
 * Revenue captured at K.
 * @module
 */

/**
 * Revenue@K = Σ over distinct items x in the first K of `ranked` with x ∈ truth of price(x): the
 * value of the hidden items the list would have sold (one unit each). Items whose price is
 * unknown (`NaN` or `undefined`) add 0. Empty `truth`: `NaN`. Units are those of `price`.
 */
export function revenueAtK<T>(
  ranked: readonly T[],
  truth: ReadonlySet<T>,
  k: number,
  price: (item: T) => number | undefined,
): number {
  if (truth.size === 0) return Number.NaN
  const n = Math.min(k, ranked.length)
  const seen = new Set<T>()
  let sum = 0
  for (let i = 0; i < n; i++) {
    const x = ranked[i]!
    if (!truth.has(x) || seen.has(x)) continue
    seen.add(x)
    const p = price(x)
    if (p !== undefined && Number.isFinite(p)) sum += p
  }
  return sum
}
