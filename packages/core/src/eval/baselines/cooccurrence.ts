/**
 * Raw co-occurrence counts baseline ("bought together" with no measure at all).
 * @module
 */
import type { BasketSet } from '../../mining/basket-set.js'
import { countCooccurrence } from '../../mining/cooccurrence.js'
import type { Recommender } from '../types.js'
import { cartIndices, fillFromOrder, popularityOrder, skuIndex } from './popularity-order.js'

/**
 * score(x) = Σ_{q ∈ cart} count(q, x), the number of training baskets holding both q and x
 * (`countCooccurrence`, no basket-size cap). Items with score > 0 not in the cart are ranked by
 * score, ties by training popularity, then by smaller index; the list is filled up with the
 * most popular remaining items. Empty or unknown cart: popularity alone.
 */
export function cooccurrenceRecommender(train: BasketSet): Recommender {
  const co = countCooccurrence(train, { maxBasketSize: Number.POSITIVE_INFINITY })
  const { counts, order } = popularityOrder(train)
  const index = skuIndex(train.skus)
  const m = train.skus.length
  const score = new Float64Array(m)
  const touched = new Int32Array(m)
  const stamp = new Int32Array(m)
  let query = 0
  return ({ cart, limit }) => {
    query++
    const skip = cartIndices(cart, index)
    let t = 0
    for (const q of skip) {
      for (let r = co.rowOffsets[q]!; r < co.rowOffsets[q + 1]!; r++) {
        const x = co.cols[r]!
        if (stamp[x] !== query) {
          stamp[x] = query
          score[x] = 0
          touched[t++] = x
        }
        score[x]! += co.counts[r]!
      }
    }
    // Bounded insertion: `best` holds the top `limit` candidates, best first.
    const better = (a: number, b: number): boolean =>
      score[a]! > score[b]! ||
      (score[a] === score[b] && (counts[a]! > counts[b]! || (counts[a] === counts[b] && a < b)))
    const best: number[] = []
    for (let j = 0; j < t; j++) {
      const x = touched[j]!
      if (skip.has(x)) continue
      if (best.length === limit && !better(x, best[limit - 1]!)) continue
      let p = best.length === limit ? limit - 1 : best.length
      while (p > 0 && better(x, best[p - 1]!)) {
        best[p] = best[p - 1]!
        p--
      }
      best[p] = x
    }
    const out: string[] = []
    for (const x of best) {
      out.push(train.skus[x]!)
      skip.add(x)
    }
    return fillFromOrder(out, order, train.skus, skip, limit)
  }
}
