/**
 * The input and training view of the trade-up protocol: purchase lines with prices, and what a
 * method may learn from (everything before the time cut-off).
 * @module
 */
import type { Product } from '../../domain/product.js'
import type { BasketSet } from '../../mining/basket-set.js'

/** One purchase line: who bought which SKU, in which basket, when, at what unit price. */
export interface Purchase {
  customer: string
  basket: string
  sku: string
  /** Epoch milliseconds. */
  at: number
  /** Price paid per unit, minor units. */
  unitPrice: number
}

/** What a trade-up method trains on: only purchases strictly before the cut-off. */
export interface TradeUpTraining {
  /** One basket per training basket id (time = earliest line, customer = its buyer). */
  baskets: BasketSet
  /**
   * Every SKU bought in training, with its category (`''` when unknown) and its reference price:
   * the median unit price of its training lines, rounded to minor units.
   */
  products: readonly Product[]
  /** Training baskets that contain each SKU. */
  popularity: ReadonlyMap<string, number>
}

/** Lists upsells for one chosen SKU: best first, at most `limit`, never the SKU itself. */
export type UpsellLister = (sku: string, limit: number) => string[]

/** A named trade-up method. */
export interface TradeUpMethod {
  name: string
  factory: (train: TradeUpTraining) => UpsellLister
}
