/**
 * Frequent pairs at a minimum support: the core of association mining, tuned for large files.
 * @module
 */
import type { BasketSet } from './basket-set.js'
import { countItems } from './item-counts.js'

/** The frequent pairs of a basket set and the work it took to find them. */
export interface FrequentPairs {
  /** Smallest basket count a pair needs: ⌈minSupport × baskets⌉. */
  minCount: number
  /** Items at or above `minCount` (only they can be in a frequent pair). */
  frequentItems: number
  /** Pair increments performed: Σ over baskets of n(n−1)/2 for n frequent items in the basket. */
  increments: number
  /** Pairs (a < b as item indices) with their counts, in no particular order. */
  a: Int32Array
  b: Int32Array
  counts: Uint32Array
}

/** Options of `countFrequentPairs`. */
export interface FrequentPairsOptions {
  /** Minimum support as a share of baskets, in (0, 1]. */
  minSupport: number
  /** Largest triangular table (cells) before switching to per-item sparse rows; default 2^26. */
  maxDenseCells?: number
}

/**
 * Finds every item pair bought together in at least ⌈minSupport × N⌉ baskets (Apriori's pruning:
 * a pair can only be frequent if both items are). Counts go into a dense triangular table over
 * the frequent items when it fits, and into per-item sparse rows otherwise, so memory stays
 * bounded by the frequent items, not by the catalogue or the basket sizes.
 */
export function countFrequentPairs(
  baskets: BasketSet,
  options: FrequentPairsOptions,
): FrequentPairs {
  const { items, offsets, basketCount } = baskets
  const minCount = Math.max(1, Math.ceil(options.minSupport * basketCount - 1e-9))
  const itemCounts = countItems(baskets)
  const code = new Int32Array(itemCounts.length).fill(-1)
  let f = 0
  for (let i = 0; i < itemCounts.length; i++) if (itemCounts[i]! >= minCount) code[i] = f++
  const cells = (f * (f - 1)) / 2
  const maxDense = options.maxDenseCells ?? 1 << 26
  const scratch = new Int32Array(maxBasketLength(offsets, basketCount))
  return cells <= maxDense
    ? denseCount(items, offsets, basketCount, code, f, minCount, scratch)
    : sparseCount(items, offsets, basketCount, code, f, minCount, scratch)
}

function maxBasketLength(offsets: Int32Array, n: number): number {
  let max = 0
  for (let b = 0; b < n; b++) max = Math.max(max, offsets[b + 1]! - offsets[b]!)
  return max
}

function denseCount(
  items: Int32Array,
  offsets: Int32Array,
  basketCount: number,
  code: Int32Array,
  f: number,
  minCount: number,
  tmp: Int32Array,
): FrequentPairs {
  const tri = new Uint32Array(Math.max(1, (f * (f - 1)) / 2))
  let increments = 0
  for (let t = 0; t < basketCount; t++) {
    let n = 0
    for (let k = offsets[t]!; k < offsets[t + 1]!; k++) {
      const c = code[items[k]!]!
      if (c >= 0) tmp[n++] = c
    }
    // Items are sorted within a basket and codes preserve order, so tmp is ascending.
    for (let i = 0; i < n - 1; i++) {
      const a = tmp[i]!
      const row = (a * (2 * f - a - 1)) / 2 - a - 1
      for (let j = i + 1; j < n; j++) tri[row + tmp[j]!]!++
    }
    increments += (n * (n - 1)) / 2
  }
  const decode = decoder(code, f)
  const outA: number[] = []
  const outB: number[] = []
  const outC: number[] = []
  let q = 0
  for (let a = 0; a < f - 1; a++) {
    for (let b = a + 1; b < f; b++, q++) {
      const v = tri[q]!
      if (v >= minCount) {
        outA.push(decode[a]!)
        outB.push(decode[b]!)
        outC.push(v)
      }
    }
  }
  return pack(minCount, f, increments, outA, outB, outC)
}

function sparseCount(
  items: Int32Array,
  offsets: Int32Array,
  basketCount: number,
  code: Int32Array,
  f: number,
  minCount: number,
  tmp: Int32Array,
): FrequentPairs {
  // Inverted index over frequent items only: for each item, the baskets holding it.
  const rowLen = new Int32Array(f + 1)
  for (let k = 0; k < offsets[basketCount]!; k++) {
    const c = code[items[k]!]!
    if (c >= 0) rowLen[c + 1]!++
  }
  for (let i = 0; i < f; i++) rowLen[i + 1]! += rowLen[i]!
  const inv = new Int32Array(rowLen[f]!)
  const fill = rowLen.slice(0, f)
  let increments = 0
  for (let t = 0; t < basketCount; t++) {
    let n = 0
    for (let k = offsets[t]!; k < offsets[t + 1]!; k++) {
      const c = code[items[k]!]!
      if (c >= 0) {
        inv[fill[c]!++] = t
        n++
      }
    }
    increments += (n * (n - 1)) / 2
  }
  const scratch = new Uint32Array(f)
  const touched = new Int32Array(f)
  const decode = decoder(code, f)
  const outA: number[] = []
  const outB: number[] = []
  const outC: number[] = []
  for (let a = 0; a < f; a++) {
    let m = 0
    for (let r = rowLen[a]!; r < rowLen[a + 1]!; r++) {
      const t = inv[r]!
      let n = 0
      for (let k = offsets[t]!; k < offsets[t + 1]!; k++) {
        const c = code[items[k]!]!
        if (c > a) tmp[n++] = c
      }
      for (let j = 0; j < n; j++) {
        const b = tmp[j]!
        if (scratch[b]! === 0) touched[m++] = b
        scratch[b]!++
      }
    }
    for (let j = 0; j < m; j++) {
      const b = touched[j]!
      if (scratch[b]! >= minCount) {
        outA.push(decode[a]!)
        outB.push(decode[b]!)
        outC.push(scratch[b]!)
      }
      scratch[b] = 0
    }
  }
  return pack(minCount, f, increments, outA, outB, outC)
}

function decoder(code: Int32Array, f: number): Int32Array {
  const decode = new Int32Array(f)
  for (let i = 0; i < code.length; i++) if (code[i]! >= 0) decode[code[i]!] = i
  return decode
}

function pack(
  minCount: number,
  frequentItems: number,
  increments: number,
  a: number[],
  b: number[],
  c: number[],
): FrequentPairs {
  return {
    minCount,
    frequentItems,
    increments,
    a: Int32Array.from(a),
    b: Int32Array.from(b),
    counts: Uint32Array.from(c),
  }
}
