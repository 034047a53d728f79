/**
 * Substitute candidates: items a customer might choose instead of another one.
 * @module
 */

/** A model's co-purchase neighbour rows (as written by training). */
export interface NeighbourRows {
  offsets: Int32Array
  items: Int32Array
  pairCounts: Float32Array
}

/** Neighbours of a row looked at when comparing neighbourhoods (the strongest first). */
export const NEIGHBOURHOOD = 30

/** Cosine of two items' neighbour sets (0 when either has none). */
export function neighbourOverlap(nb: NeighbourRows, a: number, b: number): number {
  const size = (i: number): number => Math.min(NEIGHBOURHOOD, nb.offsets[i + 1]! - nb.offsets[i]!)
  if (size(a) === 0 || size(b) === 0) return 0
  const set = new Set<number>()
  for (let k = nb.offsets[a]!; k < nb.offsets[a]! + size(a); k++) set.add(nb.items[k]!)
  let s = 0
  for (let k = nb.offsets[b]!; k < nb.offsets[b]! + size(b); k++) if (set.has(nb.items[k]!)) s++
  return s / Math.sqrt(size(a) * size(b))
}

/** Pair count of `a` and `b` from `a`'s neighbour row; 0 when `b` is not among them. */
export function rowPairCount(nb: NeighbourRows, a: number, b: number): number {
  for (let k = nb.offsets[a]!; k < nb.offsets[a + 1]!; k++)
    if (nb.items[k] === b) return nb.pairCounts[k]!
  return 0
}

/**
 * Items by category, each list sorted by price ascending (items without a price or category
 * left out), for finding same-category items in a price window.
 */
export function categoryPriceIndex(
  categories: readonly string[],
  prices: Float64Array,
): Map<string, number[]> {
  const out = new Map<string, number[]>()
  categories.forEach((c, i) => {
    if (c === '' || !(prices[i]! > 0)) return
    const list = out.get(c)
    if (list) list.push(i)
    else out.set(c, [i])
  })
  for (const list of out.values()) list.sort((x, y) => prices[x]! - prices[y]! || x - y)
  return out
}

/** Items of `sorted` (ascending by price) priced within [lo, hi]. */
export function inPriceWindow(
  sorted: readonly number[],
  prices: Float64Array,
  lo: number,
  hi: number,
): number[] {
  let left = 0
  let right = sorted.length
  while (left < right) {
    const mid = (left + right) >> 1
    if (prices[sorted[mid]!]! < lo) left = mid + 1
    else right = mid
  }
  const out: number[] = []
  for (let k = left; k < sorted.length && prices[sorted[k]!]! <= hi; k++) out.push(sorted[k]!)
  return out
}
