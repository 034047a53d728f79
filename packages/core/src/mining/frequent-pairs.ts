/**
 * Frequent pairs at a minimum support: the core of association mining, tuned for large files.
 * @module
 */
import { assert } from '../errors.js'
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
  /**
   * Baskets per item index, when already known — exactly `countItems(baskets)`, e.g. the
   * `itemCounts` a FIMI basket reader counts while reading; saves a pass over all items.
   */
  itemCounts?: ArrayLike<number>
  /** Items in the largest basket, when already known (e.g. from the FIMI basket reader). */
  maxBasketLength?: number
}

/** Cells of a triangular table small enough for 32-bit counts to stay in cache (2 MiB). */
const SMALL_TABLE_CELLS = 1 << 19

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
  const itemCounts = options.itemCounts ?? countItems(baskets)
  assert(itemCounts.length === baskets.skus.length, 'itemCounts holds one count per item')
  const decode = frequentItems(itemCounts, minCount)
  const f = decode.length
  const code = new Int32Array(itemCounts.length).fill(-1)
  for (let c = 0; c < f; c++) code[decode[c]!] = c
  const cells = (f * (f - 1)) / 2
  const maxDense = options.maxDenseCells ?? 1 << 26
  const maxLength = options.maxBasketLength ?? maxBasketLength(offsets, basketCount)
  const scratch = new Int32Array(Math.max(1, maxLength))
  if (cells <= maxDense) {
    // A pair's count is at most its less frequent item's, so 16-bit cells cannot overflow unless
    // two items are in more than 65,535 baskets. A table too large for the caches then takes half
    // the bytes: on retail it drops from 9 to 4.5 MB and the (cache-missing) counting runs 40 %
    // faster. A table that fits stays 32-bit, which is quicker to update (12 % on kosarak).
    const tri =
      cells > SMALL_TABLE_CELLS && secondLargest(itemCounts, decode) <= 0xffff
        ? new Uint16Array(cells)
        : new Int32Array(Math.max(1, cells))
    const rowBase = new Int32Array(Math.max(1, f))
    // Pair (a, b), a < b, lives at rowBase[a] + b: row a holds b = a+1 … f−1.
    for (let a = 0; a < f; a++) rowBase[a] = (a * (2 * f - a - 1)) / 2 - a - 1
    const increments = denseCount(items, offsets, basketCount, code, rowBase, tri, scratch)
    return collectDense(tri, f, minCount, decode, increments)
  }
  return sparseCount(items, offsets, basketCount, code, f, minCount, decode, scratch)
}

/**
 * The items with at least `minCount` baskets, ascending: their codes in the counting tables.
 * Codes keep the order of item indices, so a basket's codes come out sorted. (Ranking the items
 * by frequency instead does not help: a cache simulation on retail and kosarak showed the same
 * miss rates, and the codes would then need sorting per basket.)
 */
function frequentItems(itemCounts: ArrayLike<number>, minCount: number): Int32Array {
  const out = new Int32Array(countAtLeast(itemCounts, minCount))
  let f = 0
  for (let i = 0; i < itemCounts.length; i++) if (itemCounts[i]! >= minCount) out[f++] = i
  return out
}

/** How many of `counts` are at least `min` (its own function, so that the compiled loop returns at once instead of running into code it has never seen run). */
function countAtLeast(counts: ArrayLike<number>, min: number): number {
  let n = 0
  for (let i = 0; i < counts.length; i++) if (counts[i]! >= min) n++
  return n
}

/** The second largest count among the items `which` (0 when there are fewer than two). */
function secondLargest(itemCounts: ArrayLike<number>, which: Int32Array): number {
  let first = 0
  let second = 0
  for (let k = 0; k < which.length; k++) {
    const n = itemCounts[which[k]!]!
    if (n > first) {
      second = first
      first = n
    } else if (n > second) {
      second = n
    }
  }
  return second
}

function maxBasketLength(offsets: Int32Array, n: number): number {
  let max = 0
  for (let b = 0; b < n; b++) max = Math.max(max, offsets[b + 1]! - offsets[b]!)
  return max
}

/** Writes the codes of the frequent items among `items[from..to)` into `tmp`; returns how many. */
function frequentCodes(
  items: Int32Array,
  from: number,
  to: number,
  code: Int32Array,
  tmp: Int32Array,
): number {
  let n = 0
  for (let k = from; k < to; k++) {
    const c = code[items[k]!]!
    if (c >= 0) tmp[n++] = c
  }
  return n
}

/** Counts every pair of frequent items per basket into `tri`; returns the increments. */
function denseCount(
  items: Int32Array,
  offsets: Int32Array,
  basketCount: number,
  code: Int32Array,
  rowBase: Int32Array,
  tri: Uint16Array | Int32Array,
  tmp: Int32Array,
): number {
  let increments = 0
  for (let t = 0; t < basketCount; t++) {
    const n = frequentCodes(items, offsets[t]!, offsets[t + 1]!, code, tmp)
    // Items are sorted within a basket and codes preserve their order, so tmp is ascending.
    for (let i = 0; i < n - 1; i++) {
      const row = rowBase[tmp[i]!]!
      for (let j = i + 1; j < n; j++) tri[row + tmp[j]!]!++
    }
    increments += (n * (n - 1)) / 2
  }
  return increments
}

/**
 * The cells of `tri` at or above `minCount`, as pairs of item indices. One flat pass finds the
 * cells (most are below), then a walk over the rows, in step with the ascending cells, names
 * their pairs. Each loop is a function of its own, so that its compiled code returns at once
 * instead of running into code it has never seen run (and deoptimizing).
 */
function collectDense(
  tri: Uint16Array | Int32Array,
  f: number,
  minCount: number,
  decode: Int32Array,
  increments: number,
): FrequentPairs {
  const found = cellsAtLeast(tri, minCount)
  const pairs = {
    minCount,
    frequentItems: f,
    increments,
    a: new Int32Array(found.length),
    b: new Int32Array(found.length),
    counts: new Uint32Array(found.length),
  }
  namePairs(found, tri, f, decode, pairs)
  return pairs
}

function cellsAtLeast(tri: Uint16Array | Int32Array, min: number): number[] {
  const found: number[] = []
  for (let q = 0; q < tri.length; q++) if (tri[q]! >= min) found.push(q)
  return found
}

function namePairs(
  cells: number[],
  tri: Uint16Array | Int32Array,
  f: number,
  decode: Int32Array,
  out: FrequentPairs,
): void {
  const { a, b, counts } = out
  let row = 0
  let first = 0 // first cell of `row`, which holds b = row+1 … f−1
  let next = f - 1 // first cell of the row after
  for (let k = 0; k < cells.length; k++) {
    const q = cells[k]!
    while (q >= next) {
      row++
      first = next
      next += f - 1 - row
    }
    a[k] = decode[row]!
    b[k] = decode[row + 1 + q - first]!
    counts[k] = tri[q]!
  }
}

function sparseCount(
  items: Int32Array,
  offsets: Int32Array,
  basketCount: number,
  code: Int32Array,
  f: number,
  minCount: number,
  decode: Int32Array,
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
  const out = new PairList()
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
      if (scratch[b]! >= minCount) out.push(decode[a]!, decode[b]!, scratch[b]!)
      scratch[b] = 0
    }
  }
  return out.result(minCount, f, increments)
}

/** Frequent pairs as they are found: item indices a < b and the pair's count. */
class PairList {
  private a: number[] = []
  private b: number[] = []
  private c: number[] = []

  push(a: number, b: number, count: number): void {
    this.a.push(a)
    this.b.push(b)
    this.c.push(count)
  }

  result(minCount: number, frequentItems: number, increments: number): FrequentPairs {
    return {
      minCount,
      frequentItems,
      increments,
      a: Int32Array.from(this.a),
      b: Int32Array.from(this.b),
      counts: Uint32Array.from(this.c),
    }
  }
}
