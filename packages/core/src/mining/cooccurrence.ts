/**
 * Pair co-occurrence counts for every item, visited one anchor row at a time.
 * @module
 */
import type { BasketSet } from './basket-set.js'
import { countItems } from './item-counts.js'

/** Options of the co-occurrence counters. */
export interface CooccurrenceOptions {
  /** Items in fewer (weighted) baskets get no pairs; default 1. */
  minItemCount?: number
  /**
   * Baskets with more items than this still count for item popularity but add no pairs:
   * a 2,000-item basket would add 2 million pairs of near-noise; default 200.
   */
  maxBasketSize?: number
  /** Weight per basket (time decay); default 1 each. Applies to item and pair counts. */
  basketWeights?: Float64Array
  /** Extra weight per basket for pairs only (e.g. basket-size normalisation), multiplied in. */
  pairWeights?: Float64Array
}

/** Totals that come with every co-occurrence pass. */
export interface CooccurrenceTotals {
  /** Total (weighted) number of baskets. */
  basketTotal: number
  /** (Weighted) baskets containing each item, over all baskets. */
  itemCounts: Float64Array
  /** Baskets left out of pair counting because they exceed `maxBasketSize`. */
  skippedBaskets: number
}

/**
 * Receives anchor `a`'s row: `cols[0..length)` are its co-items (unsorted) and `counts[col]`
 * their (weighted) pair counts. Both arrays are scratch, valid only during the call.
 */
export type CooccurrenceRowVisitor = (
  a: number,
  cols: Int32Array,
  counts: Float64Array,
  length: number,
) => void

/**
 * Visits every item's co-occurrence row through an item → baskets index, so memory is one dense
 * scratch row plus the index — never a catalogue-squared table — and every pair count is exact.
 * Work is twice the pair increments, the price of direct symmetric rows.
 */
export function visitCooccurrenceRows(
  baskets: BasketSet,
  options: CooccurrenceOptions,
  visit: CooccurrenceRowVisitor,
): CooccurrenceTotals {
  const { items, offsets, basketCount } = baskets
  const m = baskets.skus.length
  const weights = options.basketWeights
  const itemCounts = countItems(baskets, weights)
  const minItemCount = options.minItemCount ?? 1
  const maxBasketSize = options.maxBasketSize ?? 200
  const kept = new Uint8Array(m)
  for (let i = 0; i < m; i++) kept[i] = itemCounts[i]! >= minItemCount && itemCounts[i]! > 0 ? 1 : 0

  const inBasket = new Uint8Array(basketCount)
  const invStart = new Int32Array(m + 1)
  let skippedBaskets = 0
  for (let b = 0; b < basketCount; b++) {
    const size = offsets[b + 1]! - offsets[b]!
    if (size > maxBasketSize) skippedBaskets++
    if (size > maxBasketSize || size < 2) continue
    inBasket[b] = 1
    for (let k = offsets[b]!; k < offsets[b + 1]!; k++)
      if (kept[items[k]!]) invStart[items[k]! + 1]!++
  }
  for (let i = 0; i < m; i++) invStart[i + 1]! += invStart[i]!
  const inv = new Int32Array(invStart[m]!)
  const fill = invStart.slice(0, m)
  for (let b = 0; b < basketCount; b++) {
    if (!inBasket[b]) continue
    for (let k = offsets[b]!; k < offsets[b + 1]!; k++) {
      const i = items[k]!
      if (kept[i]) inv[fill[i]!++] = b
    }
  }

  const w = combineWeights(basketCount, weights, options.pairWeights)
  const scratch = new Float64Array(m)
  const stamp = new Int32Array(m).fill(-1)
  const touched = new Int32Array(m)
  for (let a = 0; a < m; a++) {
    let t = 0
    for (let r = invStart[a]!; r < invStart[a + 1]!; r++) {
      const b = inv[r]!
      const wb = w ? w[b]! : 1
      for (let k = offsets[b]!; k < offsets[b + 1]!; k++) {
        const x = items[k]!
        if (x === a || kept[x] === 0) continue
        if (stamp[x] !== a) {
          stamp[x] = a
          scratch[x] = wb
          touched[t++] = x
        } else scratch[x]! += wb
      }
    }
    visit(a, touched, scratch, t)
  }

  let basketTotal = basketCount
  if (weights) {
    basketTotal = 0
    for (let b = 0; b < basketCount; b++) basketTotal += weights[b]!
  }
  return { basketTotal, itemCounts, skippedBaskets }
}

/** Full symmetric co-occurrence in sparse rows with ascending columns. */
export interface Cooccurrence extends CooccurrenceTotals {
  /** Row `a` spans `cols/counts[rowOffsets[a] .. rowOffsets[a+1])`. */
  rowOffsets: Int32Array
  cols: Int32Array
  counts: Float32Array
}

/**
 * Materialises every co-occurrence row (for baselines, tests and exports). Training does not
 * need this: it keeps only each item's best neighbours while visiting.
 */
export function countCooccurrence(
  baskets: BasketSet,
  options: CooccurrenceOptions = {},
): Cooccurrence {
  const m = baskets.skus.length
  const rowOffsets = new Int32Array(m + 1)
  let cols = new Int32Array(1 << 16)
  let counts = new Float32Array(1 << 16)
  let nnz = 0
  const totals = visitCooccurrenceRows(baskets, options, (a, rowCols, rowCounts, t) => {
    if (nnz + t > cols.length) {
      let cap = cols.length * 2
      while (cap < nnz + t) cap *= 2
      const nextCols = new Int32Array(cap)
      nextCols.set(cols.subarray(0, nnz))
      cols = nextCols
      const nextCounts = new Float32Array(cap)
      nextCounts.set(counts.subarray(0, nnz))
      counts = nextCounts
    }
    const order = rowCols.subarray(0, t).sort()
    for (let j = 0; j < t; j++) {
      cols[nnz] = order[j]!
      counts[nnz++] = rowCounts[order[j]!]!
    }
    rowOffsets[a + 1] = nnz
  })
  return { ...totals, rowOffsets, cols: cols.slice(0, nnz), counts: counts.slice(0, nnz) }
}

function combineWeights(
  n: number,
  a: Float64Array | undefined,
  b: Float64Array | undefined,
): Float64Array | undefined {
  if (!a) return b
  if (!b) return a
  const out = new Float64Array(n)
  for (let i = 0; i < n; i++) out[i] = a[i]! * b[i]!
  return out
}

/** The (weighted) count of baskets holding both `a` and `b`; 0 when never together. */
export function pairCount(co: Cooccurrence, a: number, b: number): number {
  let lo = co.rowOffsets[a]!
  let hi = co.rowOffsets[a + 1]! - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const c = co.cols[mid]!
    if (c === b) return co.counts[mid]!
    if (c < b) lo = mid + 1
    else hi = mid - 1
  }
  return 0
}
