/**
 * Global popularity baseline (G-TopFreq).
 * @module
 */
import type { BasketSet } from '../../mining/basket-set.js'
import type { Recommender } from '../types.js'
import { cartIndices, fillFromOrder, popularityOrder, skuIndex } from './popularity-order.js'

/**
 * The items in the most training baskets, cart items excluded; ties go to the smaller item
 * index. Ignores the customer. This is G-TopFreq of the Reality-Check paper when trained on
 * the history baskets.
 */
export function popularityRecommender(train: BasketSet): Recommender {
  const { order } = popularityOrder(train)
  const index = skuIndex(train.skus)
  return (query) =>
    fillFromOrder([], order, train.skus, cartIndices(query.cart, index), query.limit)
}
