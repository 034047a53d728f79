/**
 * The upcross model as an evaluation method: `trainModel` on the training baskets, `recommend`.
 * @module
 */
import { type Placement, type RecommendRequest, recommend, trainModel } from 'upcross'
import type { RecommenderFactory } from 'upcross/eval'

/**
 * A factory that trains the upcross model with default options and answers each query through
 * `recommend` at `placement` (`cart` for basket completion, `follow_up` for next basket).
 */
export function upcrossFactory(placement: Placement): RecommenderFactory {
  return (train) => {
    const model = trainModel(train)
    return (query) => {
      const request: RecommendRequest = {
        id: 'eval',
        cart: [...query.cart],
        placement,
        limit: query.limit,
      }
      if (query.customer !== undefined) request.customer = query.customer
      if (query.at !== undefined) request.at = query.at
      return recommend(model, request).map((offer) => offer.sku)
    }
  }
}
