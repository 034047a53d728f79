/**
 * Each item's best cross-sell neighbours: the compact heart of the trained model.
 * @module
 */
import { topK } from '../util/top-k.js'
import type { BasketSet } from './basket-set.js'
import { type CooccurrenceOptions, visitCooccurrenceRows } from './cooccurrence.js'
import { countItems } from './item-counts.js'
import type { AssociationParams } from './measures.js'

/** Top-k neighbours per item in sparse rows, best first, with the evidence behind each. */
export interface Neighbours {
  /** Row `a` spans `[offsets[a], offsets[a+1])` of the arrays below. */
  offsets: Int32Array
  items: Int32Array
  /** Baskets (weighted) holding both items. */
  pairCounts: Float32Array
  /** The association weight w(a→b) used for ranking. */
  weights: Float32Array
  /** Baskets (weighted) per item and in total, for support, confidence and lift. */
  itemCounts: Float64Array
  basketTotal: number
  skippedBaskets: number
}

/** Options of `buildNeighbours`. */
export interface NeighbourOptions extends CooccurrenceOptions {
  /** Neighbours kept per item; default 100. */
  perItem?: number
  association: AssociationParams
}

/**
 * Mines co-occurrence and keeps, per item, the `perItem` neighbours of highest association
 * weight (`associationWeight`, computed here with the powers hoisted out of the pair loop).
 */
export function buildNeighbours(baskets: BasketSet, options: NeighbourOptions): Neighbours {
  const m = baskets.skus.length
  const k = options.perItem ?? 100
  const { alpha, beta, shrink, minPairCount } = options.association
  const itemCounts = countItems(baskets, options.basketWeights)
  const candidateFactor = new Float64Array(m)
  for (let b = 0; b < m; b++) candidateFactor[b] = 1 / Math.max(itemCounts[b]!, 1) ** beta
  const minCount = Math.max(minPairCount, Number.MIN_VALUE)

  const offsets = new Int32Array(m + 1)
  let items = new Int32Array(Math.max(16, m * Math.min(k, 16)))
  let pairCounts = new Float32Array(items.length)
  let weights = new Float32Array(items.length)
  let n = 0
  const score = new Float64Array(m)
  const cand = new Int32Array(m)
  const totals = visitCooccurrenceRows(baskets, options, (a, cols, counts, length) => {
    const anchorFactor = 1 / (itemCounts[a]! + shrink) ** alpha
    let c = 0
    for (let j = 0; j < length; j++) {
      const b = cols[j]!
      const cab = counts[b]!
      if (cab >= minCount) {
        score[b] = cab * anchorFactor * candidateFactor[b]!
        cand[c++] = b
      }
    }
    const best = topK(cand, c, score, k)
    if (n + best.length > items.length) {
      const cap = Math.max(items.length * 2, n + best.length)
      const nextItems = new Int32Array(cap)
      nextItems.set(items.subarray(0, n))
      items = nextItems
      const nextCounts = new Float32Array(cap)
      nextCounts.set(pairCounts.subarray(0, n))
      pairCounts = nextCounts
      const nextWeights = new Float32Array(cap)
      nextWeights.set(weights.subarray(0, n))
      weights = nextWeights
    }
    for (let j = 0; j < best.length; j++) {
      const b = best[j]!
      items[n] = b
      pairCounts[n] = counts[b]!
      weights[n++] = score[b]!
    }
    offsets[a + 1] = n
  })
  return {
    offsets,
    items: items.slice(0, n),
    pairCounts: pairCounts.slice(0, n),
    weights: weights.slice(0, n),
    itemCounts,
    basketTotal: totals.basketTotal,
    skippedBaskets: totals.skippedBaskets,
  }
}
