/**
 * The trained model: everything serving needs, precomputed offline (mining writes it, serving
 * only loads and ranks).
 * @module
 */
import type { ModelCatalog } from '../catalog/model-catalog.js'
import type { CustomerHistory } from '../mining/customer-history.js'
import type { Itemsets } from '../mining/itemsets.js'
import type { AssociationParams } from '../mining/measures.js'
import type { UserVectorParams } from '../mining/user-vectors.js'
import type { UpgradeRows } from '../upgrades/learn-upgrades.js'
import type { UpsellParams } from '../upgrades/params.js'
import type { SparseRows } from '../util/sparse-rows.js'

/** The current version of the model's data layout; bumped on any incompatible change. */
export const MODEL_VERSION = 3

/** The training settings recorded in the model (they decide when a retrain is due). */
export interface TrainParams {
  association: AssociationParams
  neighboursPerItem: number
  maxBasketSize: number
  minItemCount: number
  /** Half-life of time decay in days; `null` when off. */
  halfLifeDays: number | null
  /** Next-basket personalisation (TIFU-KNN): decays, neighbours and the personal share. */
  personal: PersonalParams
  /** Learned upgrades: the price-step window and how many are kept per item. */
  upsell: UpsellParams
  /** Frequent itemsets for bundles: least orders holding a bundle, and the largest size. */
  bundles: BundleMiningParams
}

/** Settings of bundle mining at training time. */
export interface BundleMiningParams {
  /** Least orders that must hold a bundle (absolute support). */
  minCount: number
  /** Largest bundle size, 2–4; 0 turns bundle mining off. */
  maxSize: number
}

/** Settings of the personal (next-basket) model. */
export interface PersonalParams extends UserVectorParams {
  /** Similar customers whose vectors are averaged in. */
  neighbours: number
  /** Share of the customer's own vector; the rest comes from similar customers. */
  alpha: number
}

/** Facts about the training run. */
export interface ModelMeta {
  /** ISO time the caller stamped the model with (the core reads no clock). */
  trainedAt: string | null
  baskets: number
  items: number
  customers: number
  /** Baskets left out of pair counting for being larger than `maxBasketSize`. */
  skippedBaskets: number
  /** Time of the latest basket (ISO), when baskets had times. */
  latestBasketAt: string | null
  /**
   * The point of the order store's sequence the model was trained through, when it was trained
   * from a store (`trainFromStore`): orders written later are not in it, and serving counts them
   * as fresh evidence until the next training (docs/offers.md).
   */
  orderSeq?: number
  params: TrainParams
}

/** A trained model. Build one with `trainModel`; (de)serialise with `serializeModel`. */
export interface Model {
  version: number
  meta: ModelMeta
  skus: readonly string[]
  /** (Weighted) baskets per item, the basket total, and mean unit prices (NaN unknown). */
  itemCounts: Float64Array
  basketTotal: number
  prices: Float64Array
  neighbours: {
    offsets: Int32Array
    items: Int32Array
    pairCounts: Float32Array
    weights: Float32Array
  }
  /** Product titles and category paths per item ('' when the catalog did not say). */
  titles: readonly string[]
  categories: readonly string[]
  /** Product tags of the items that have any (merchant rules match on them). */
  tags: ReadonlyMap<number, readonly string[]>
  /** Costs, stock and the merchant's declared relations and tiers. */
  catalog: ModelCatalog
  /**
   * Learned upgrade paths: item `a`'s better alternatives in
   * `items[offsets[a] .. offsets[a+1])`, best first, with their scores and trade-up customers.
   */
  upgrades: UpgradeRows
  /**
   * Each customer's taste as a weighted item vector (TIFU-KNN style), for finding similar
   * customers: row `c` of `users` with its Euclidean `norms[c]`.
   */
  users: SparseRows & { norms: Float64Array }
  /** Per item, the share of its customers who bought it again (NaN: too few buyers to tell). */
  repeatRates: Float32Array
  /** Frequent itemsets of 2–4 items: the "frequently bought together" bundles. */
  bundles: Itemsets
  /** Item indices by basket count, most popular first (the cold-start fallback). */
  popular: Int32Array
  customers: CustomerHistory
  /** SKU → item index and customer id → customer index, built on load. */
  itemIndex: ReadonlyMap<string, number>
  customerIndex: ReadonlyMap<string, number>
}

/** The stored parts of a model, without the lookup maps derived from them. */
export type ModelParts = Omit<Model, 'itemIndex' | 'customerIndex'>

/** Completes stored parts with their lookup maps. */
export function assembleModel(parts: ModelParts): Model {
  const itemIndex = new Map<string, number>()
  parts.skus.forEach((sku, i) => {
    itemIndex.set(sku, i)
  })
  const customerIndex = new Map<string, number>()
  parts.customers.ids.forEach((id, i) => {
    customerIndex.set(id, i)
  })
  return { ...parts, itemIndex, customerIndex }
}
