/**
 * The upcross model as a trade-up method: train with the catalog, ask the product placement.
 * @module
 */
import { type Model, recommend, trainModel } from 'upcross'
import type { TradeUpTraining, UpsellLister } from 'upcross/eval'

/** Offers asked per product page before keeping the upsells (cross-sells may come first). */
const POOL = 100

/** The model `upcrossUpsells` trains: default options plus the training products. */
export function trainUpsellModel(train: TradeUpTraining): Model {
  return trainModel(train.baskets, { products: train.products })
}

/**
 * Lists, for a SKU, the `kind: 'upsell'` offers of `recommend` on `model` at placement `product`
 * with cart [SKU], in the order returned (train it with `trainUpsellModel`).
 */
export function upcrossUpsells(model: Model): UpsellLister {
  return (sku, limit) =>
    recommend(model, { id: 'eval', cart: [sku], placement: 'product', limit: POOL })
      .filter((o) => o.kind === 'upsell')
      .slice(0, limit)
      .map((o) => o.sku)
}
