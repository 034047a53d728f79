/**
 * The shapes every protocol, baseline and runner agree on.
 * @module
 */
import type { BasketSet } from '../mining/basket-set.js'

/** One evaluation query: the visible cart, who asks, when, and how many items to return. */
export interface RecommendQuery {
  cart: readonly string[]
  customer?: string
  /** Epoch milliseconds of the query; nothing after it may be used. */
  at?: number
  limit: number
}

/** Anything that ranks SKUs for a query: best first, at most `limit`, no cart items needed. */
export type Recommender = (query: RecommendQuery) => string[]

/** Trains a recommender on the training baskets of a split. */
export type RecommenderFactory = (train: BasketSet) => Recommender

/** A named method of an evaluation run. */
export interface EvalMethod {
  name: string
  factory: RecommenderFactory
}

/** Per-query values of each metric, keyed by metric name such as `HR@10`. */
export type MetricVectors = Record<string, Float64Array>

/** A method's per-query metric vectors. */
export interface MethodResult {
  name: string
  metrics: MetricVectors
}
