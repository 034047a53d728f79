/**
 * Personal then global top-frequency baseline (GP-TopFreq of the Reality-Check paper).
 * @module
 */
import type { BasketSet } from '../../mining/basket-set.js'
import type { Recommender } from '../types.js'
import { pTopFreqRecommender, type UserHistories } from './p-top-freq.js'
import { cartIndices, fillFromOrder, popularityOrder, skuIndex } from './popularity-order.js'

/**
 * P-TopFreq, then filled up to `limit` with the globally most popular training items not yet
 * listed (`gp_topfreq.py`, which fills to 100 from `{dataset}_pop.csv` = history basket counts).
 * Cart items are skipped. A customer without history gets G-TopFreq.
 */
export function gpTopFreqRecommender(train: BasketSet, histories?: UserHistories): Recommender {
  const personal = pTopFreqRecommender(train, histories)
  const { order } = popularityOrder(train)
  const index = skuIndex(train.skus)
  return (query) => {
    const out = personal(query)
    const skip = cartIndices(query.cart, index)
    for (const sku of out) {
      const i = index.get(sku)
      if (i !== undefined) skip.add(i)
    }
    return fillFromOrder(out, order, train.skus, skip, query.limit)
  }
}
