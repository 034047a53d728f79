/**
 * Frequent itemsets of 2–4 items ("frequently bought together" bundles), mined level by level
 * with Eclat-style basket lists over the frequent items only.
 * @module
 */
import { assert } from '../errors.js'
import type { BasketSet } from './basket-set.js'
import { countItems } from './item-counts.js'

/** Options of `mineItemsets`. */
export interface ItemsetOptions {
  /** Smallest number of baskets an itemset must be in (absolute support), ≥ 1. */
  minCount: number
  /** Largest itemset size, 2–4; default 4. */
  maxSize?: number
  /**
   * Per-basket cap: a basket with more *frequent* items than this is left out of all itemset
   * counts (and of `itemCounts`/`basketCount`), because a basket of n frequent items holds
   * C(n, 4) candidate 4-itemsets (230,300 for n = 50): the blow-up behind "30 baskets of 50+
   * items never finish". Counts are exact over the other baskets; default 60.
   */
  maxBasketItems?: number
  /**
   * Guard on the output: when the next size would take the total past this many itemsets, that
   * size is dropped whole, mining stops and `truncated` is set; default 200,000.
   */
  maxItemsets?: number
}

/** Frequent itemsets, sizes ascending, each size in lexicographic order of item indices. */
export interface Itemsets {
  /** The absolute support used. */
  minCount: number
  /** Baskets counted (all baskets minus `skippedBaskets`). */
  basketCount: number
  /** Baskets over the `maxBasketItems` cap, left out. */
  skippedBaskets: number
  /** Baskets per item over the counted baskets (for confidence and lift). */
  itemCounts: Float64Array
  /** Largest size mined completely: `maxSize`, or less when `truncated`. */
  completeSize: number
  /** True when `maxItemsets` stopped mining before `maxSize`. */
  truncated: boolean
  /** Itemset `s` is `items[offsets[s] .. offsets[s+1])`, item indices ascending. */
  items: Int32Array
  offsets: Int32Array
  /** Baskets holding each itemset (≥ `minCount`). */
  counts: Uint32Array
}

/** One level under construction: itemsets of codes with their basket lists. */
interface Level {
  size: number
  codes: number[]
  counts: number[]
  tids: Int32Array[]
}

/**
 * Mines every itemset of 2..`maxSize` items in at least `minCount` counted baskets. Baskets are
 * first projected onto the frequent items (count ≥ minCount over all baskets); each itemset X
 * then counts its one-item extensions c > max(X) over X's baskets only, and a frequent extension's
 * baskets are X's intersected with c's. Memory is the basket lists of one level plus the next.
 */
export function mineItemsets(baskets: BasketSet, options: ItemsetOptions): Itemsets {
  assert(Number.isFinite(options.minCount), 'minCount is a finite number')
  const minCount = Math.max(1, Math.ceil(options.minCount))
  const maxSize = options.maxSize ?? 4
  assert(maxSize >= 2 && maxSize <= 4, 'maxSize is 2, 3 or 4')
  const cap = options.maxBasketItems ?? 60
  const maxItemsets = options.maxItemsets ?? 200_000
  const { items, offsets } = baskets
  const all = countItems(baskets)
  const m = all.length
  const code = new Int32Array(m).fill(-1)
  const decode: number[] = []
  for (let i = 0; i < m; i++) if (all[i]! >= minCount) code[i] = decode.push(i) - 1
  const f = decode.length

  // Projected baskets: the codes (ascending, as item indices are) of the kept baskets.
  const frequentIn = new Int32Array(baskets.basketCount)
  let cells = 0
  for (let b = 0; b < baskets.basketCount; b++) {
    let n = 0
    for (let k = offsets[b]!; k < offsets[b + 1]!; k++) if (code[items[k]!]! >= 0) n++
    frequentIn[b] = n
    if (n <= cap) cells += n
  }
  const pItems = new Int32Array(cells)
  const pOffsetList: number[] = [0]
  const itemCounts = new Float64Array(m)
  let skippedBaskets = 0
  let w = 0
  for (let b = 0; b < baskets.basketCount; b++) {
    if (frequentIn[b]! > cap) {
      skippedBaskets++
      continue
    }
    for (let k = offsets[b]!; k < offsets[b + 1]!; k++) {
      itemCounts[items[k]!]!++
      const c = code[items[k]!]!
      if (c >= 0) pItems[w++] = c
    }
    pOffsetList.push(w)
  }
  const pOffsets = Int32Array.from(pOffsetList)
  const basketCount = pOffsets.length - 1
  const itemTids = invert(pItems, pOffsets, f)

  let level: Level = { size: 1, codes: [], counts: [], tids: [] }
  for (let c = 0; c < f; c++) {
    if (itemTids[c]!.length < minCount) continue
    level.codes.push(c)
    level.counts.push(itemTids[c]!.length)
    level.tids.push(itemTids[c]!)
  }
  const out: Level[] = []
  let total = 0
  let truncated = false
  const scratch = new Uint32Array(f)
  const touched = new Int32Array(f)
  while (level.size < maxSize) {
    const next = extend(level, pItems, pOffsets, itemTids, minCount, scratch, touched, maxSize)
    if (next.counts.length === 0) break
    if (total + next.counts.length > maxItemsets) {
      truncated = true
      break
    }
    total += next.counts.length
    out.push(next)
    level = next
  }
  const completeSize = truncated ? out.length + 1 : maxSize
  return {
    minCount,
    basketCount,
    skippedBaskets,
    itemCounts,
    completeSize,
    truncated,
    ...flatten(out, decode),
  }
}

/** The frequent one-item extensions of every itemset of `level`, in lexicographic order. */
function extend(
  level: Level,
  pItems: Int32Array,
  pOffsets: Int32Array,
  itemTids: Int32Array[],
  minCount: number,
  scratch: Uint32Array,
  touched: Int32Array,
  maxSize: number,
): Level {
  const k = level.size
  const next: Level = { size: k + 1, codes: [], counts: [], tids: [] }
  const keepTids = k + 1 < maxSize
  for (let s = 0; s < level.counts.length; s++) {
    const last = level.codes[s * k + k - 1]!
    const tids = level.tids[s]!
    let t = 0
    for (let r = 0; r < tids.length; r++) {
      const b = tids[r]!
      for (let q = pOffsets[b + 1]! - 1; q >= pOffsets[b]!; q--) {
        const c = pItems[q]!
        if (c <= last) break // codes ascend within a basket
        if (scratch[c] === 0) touched[t++] = c
        scratch[c]!++
      }
    }
    const found = touched.subarray(0, t).sort()
    for (let j = 0; j < t; j++) {
      const c = found[j]!
      const n = scratch[c]!
      scratch[c] = 0
      if (n < minCount) continue
      for (let i = 0; i < k; i++) next.codes.push(level.codes[s * k + i]!)
      next.codes.push(c)
      next.counts.push(n)
      next.tids.push(keepTids ? intersect(tids, itemTids[c]!) : EMPTY)
    }
  }
  return next
}

const EMPTY = new Int32Array(0)

/** Item code → ascending list of the (projected) baskets holding it. */
function invert(pItems: Int32Array, pOffsets: Int32Array, f: number): Int32Array[] {
  const len = new Int32Array(f)
  for (const c of pItems) len[c]!++
  const lists = Array.from(len, (n) => new Int32Array(n))
  const fill = new Int32Array(f)
  for (let b = 0; b + 1 < pOffsets.length; b++)
    for (let q = pOffsets[b]!; q < pOffsets[b + 1]!; q++) {
      const c = pItems[q]!
      lists[c]![fill[c]!++] = b
    }
  return lists
}

/**
 * The intersection of two ascending lists: a merge when their lengths are alike, otherwise a
 * binary search of each element of the shorter one in the rest of the longer one (a rare item's
 * 100 baskets against a staple's 50,000).
 */
function intersect(x: Int32Array, y: Int32Array): Int32Array {
  const [a, b] = x.length <= y.length ? [x, y] : [y, x]
  const out = new Int32Array(a.length)
  let n = 0
  if (a.length * 16 < b.length) {
    let lo = 0
    for (let i = 0; i < a.length && lo < b.length; i++) {
      const v = a[i]!
      let hi = b.length
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (b[mid]! < v) lo = mid + 1
        else hi = mid
      }
      if (lo < b.length && b[lo] === v) out[n++] = v
    }
    return out.subarray(0, n)
  }
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const u = a[i]!
    const v = b[j]!
    if (u === v) {
      out[n++] = u
      i++
      j++
    } else if (u < v) i++
    else j++
  }
  return out.subarray(0, n)
}

function flatten(
  levels: Level[],
  decode: number[],
): Pick<Itemsets, 'items' | 'offsets' | 'counts'> {
  let sets = 0
  let cells = 0
  for (const l of levels) {
    sets += l.counts.length
    cells += l.codes.length
  }
  const items = new Int32Array(cells)
  const offsets = new Int32Array(sets + 1)
  const counts = new Uint32Array(sets)
  let s = 0
  let w = 0
  for (const l of levels) {
    for (let j = 0; j < l.counts.length; j++) {
      for (let i = 0; i < l.size; i++) items[w++] = decode[l.codes[j * l.size + i]!]!
      counts[s] = l.counts[j]!
      offsets[++s] = w
    }
  }
  return { items, offsets, counts }
}

/** The item indices of itemset `s` (ascending). */
export function itemsetAt(sets: Itemsets, s: number): number[] {
  return Array.from(sets.items.subarray(sets.offsets[s]!, sets.offsets[s + 1]!))
}

/** A lookup from an itemset's ascending item indices (joined by `,`) to its position `s`. */
export function itemsetIndex(sets: Itemsets): Map<string, number> {
  const index = new Map<string, number>()
  for (let s = 0; s < sets.counts.length; s++) index.set(itemsetAt(sets, s).join(','), s)
  return index
}

/** No itemsets: what a model trained without bundle mining holds. */
export function emptyItemsets(items: number): Itemsets {
  return {
    minCount: 0,
    basketCount: 0,
    skippedBaskets: 0,
    itemCounts: new Float64Array(items),
    completeSize: 0,
    truncated: false,
    items: new Int32Array(0),
    offsets: new Int32Array(1),
    counts: new Uint32Array(0),
  }
}
