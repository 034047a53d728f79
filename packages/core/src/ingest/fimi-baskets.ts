/**
 * FIMI bytes straight into a `BasketSet`, without a string per item occurrence: the fast path
 * for training and benchmarks on files of millions of baskets.
 * @module
 */
import type { Issue } from '../errors.js'
import type { BasketSet } from '../mining/basket-set.js'
import { sortUnique } from '../mining/basket-set.js'
import { createFimiParser } from './fimi.js'

/** Options of `createFimiBasketReader`. */
export interface FimiBasketReaderOptions {
  /** File name for issue sources. */
  file?: string
  /** Issues kept (the rest are dropped); default 10,000. */
  maxIssues?: number
  /**
   * The number of bytes that will be pushed, when known (a plain file's size): the reader then
   * sizes its arrays once for the most baskets and items that many bytes can hold, instead of
   * growing and copying them. Untouched capacity is never written, so it costs address space,
   * not memory.
   */
  expectedBytes?: number
}

/** What a FIMI basket reader returns at the end. */
export interface FimiBasketReadResult {
  baskets: BasketSet
  issues: Issue[]
  /**
   * Baskets per item index (`countItems(baskets)`), counted while reading; pass it on to
   * `countFrequentPairs` to save a pass over the items.
   */
  itemCounts: Int32Array
  /** Items in the largest basket (0 when there is none). */
  maxBasketLength: number
}

/** A push reader: feed chunks, then `end()` returns the baskets and the issues met. */
export interface FimiBasketReader {
  push(chunk: Uint8Array): void
  end(): FimiBasketReadResult
}

// Small first capacities on purpose: the arrays then grow (and their growth code runs) within
// the first few hundred lines, before the optimizing compiler compiles the loops, instead of
// deoptimizing them midway on code it has never seen run.
const INITIAL_ITEMS = 1 << 10
const INITIAL_BASKETS = 1 << 8
const INITIAL_IDS = 1 << 8
/** Raw ids below this go in a dense table (16 MiB at most), larger ones in a map. */
const DENSE_IDS = 1 << 22

/**
 * Creates a reader that maps raw item ids to dense indices in order of first appearance
 * (SKU = the id as text), sorts and de-duplicates each basket, and skips empty lines. The
 * arrays of the result may be views on larger buffers (`byteOffset`/`byteLength` apply).
 */
export function createFimiBasketReader(options: FimiBasketReaderOptions = {}): FimiBasketReader {
  const maxIssues = options.maxIssues ?? 10_000
  // Every basket line holds at least one digit and ends in a newline (the last one maybe not),
  // so `bytes` bytes hold at most ⌈bytes / 2⌉ items and as many baskets.
  const bound = options.expectedBytes === undefined ? 0 : Math.ceil(options.expectedBytes / 2) + 1
  let items: Int32Array = new Int32Array(Math.max(INITIAL_ITEMS, bound))
  let itemCount = 0
  let offsets: Int32Array = new Int32Array(Math.max(INITIAL_BASKETS, bound + 1))
  let basketCount = 0
  let counts: Int32Array = new Int32Array(INITIAL_IDS)
  let maxBasketLength = 0
  /** Index → raw id; the SKU strings are made once at the end, in one tight loop. */
  let rawIds: Int32Array = new Int32Array(INITIAL_IDS)
  let itemTotal = 0
  let indexOfRaw = new Int32Array(INITIAL_IDS).fill(-1)
  const issues: Issue[] = []

  /** Raw ids too large for the dense table (a FIMI id may be any 31-bit number). */
  const largeIds = new Map<number, number>()

  /** The index of a raw id met for the first time, or met before but not in the dense table. */
  function indexRaw(id: number): number {
    if (id >= DENSE_IDS) {
      let index = largeIds.get(id)
      if (index === undefined) {
        index = addItem(id)
        largeIds.set(id, index)
      }
      return index
    }
    if (id >= indexOfRaw.length) {
      let cap = indexOfRaw.length * 2
      while (cap <= id) cap *= 2
      const next = new Int32Array(cap).fill(-1)
      next.set(indexOfRaw)
      indexOfRaw = next
    }
    let index = indexOfRaw[id]!
    if (index < 0) {
      index = addItem(id)
      indexOfRaw[id] = index
    }
    return index
  }

  function addItem(id: number): number {
    const index = itemTotal++
    if (index === counts.length) {
      counts = grow(counts, index, index + 1)
      rawIds = grow(rawIds, index, index + 1)
    }
    rawIds[index] = id
    return index
  }

  const parserOptions: Parameters<typeof createFimiParser>[0] = {
    onIssue(issue) {
      if (issues.length < maxIssues) issues.push(issue)
    },
    onBasket(raw, length) {
      const start = itemCount
      if (start + length > items.length) items = grow(items, start, start + length)
      const out = items
      let index = indexOfRaw
      for (let k = 0; k < length; k++) {
        const id = raw[k]!
        let known = id < index.length ? index[id]! : -1
        if (known < 0) {
          known = indexRaw(id)
          index = indexOfRaw
        }
        out[start + k] = known
      }
      const end = sortUnique(out, start, start + length)
      const perItem = counts
      for (let k = start; k < end; k++) perItem[out[k]!]!++
      if (end - start > maxBasketLength) maxBasketLength = end - start
      itemCount = end
      if (basketCount + 2 > offsets.length) {
        offsets = grow(offsets, basketCount + 1, basketCount + 2)
      }
      offsets[++basketCount] = end
    },
  }
  if (options.file !== undefined) parserOptions.file = options.file
  const parser = createFimiParser(parserOptions)
  return {
    push: (chunk) => parser.push(chunk),
    end() {
      parser.end()
      const skus = skuStrings(rawIds, itemTotal)
      return {
        baskets: {
          items: items.subarray(0, itemCount),
          offsets: offsets.subarray(0, basketCount + 1),
          basketCount,
          skus,
          times: undefined,
          customers: undefined,
          customerIds: [],
          prices: new Float64Array(skus.length).fill(Number.NaN),
        },
        issues,
        itemCounts: counts.subarray(0, itemTotal),
        maxBasketLength,
      }
    },
  }
}

/**
 * The SKU of each item: its raw id as text. A function of its own, so that the compiled loop
 * returns at once instead of running into code it has never seen run (and deoptimizing).
 */
function skuStrings(rawIds: Int32Array, n: number): string[] {
  const skus: string[] = []
  for (let i = 0; i < n; i++) skus.push(String(rawIds[i]))
  return skus
}

/**
 * A copy of `a[0..used)` with room for at least `min` values (doubling capacity); the rest of
 * the new array is left untouched.
 */
function grow(a: Int32Array, used: number, min: number): Int32Array {
  let cap = a.length * 2
  while (cap < min) cap *= 2
  const next = new Int32Array(cap)
  next.set(a.subarray(0, used))
  return next
}
