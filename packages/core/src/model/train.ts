/**
 * Training: baskets in, a compact model out.
 * @module
 */

import { countAttach } from '../catalog/attach-counts.js'
import { listPrices } from '../catalog/list-prices.js'
import { catalogOnlySkus } from '../catalog/model-catalog.js'
import { resolveCatalog } from '../catalog/resolve-catalog.js'
import type { Product } from '../domain/product.js'
import type { BasketSet } from '../mining/basket-set.js'
import { buildCustomerHistory } from '../mining/customer-history.js'
import { decayWeights, latestTime } from '../mining/decay.js'
import { emptyItemsets, mineItemsets } from '../mining/itemsets.js'
import { type AssociationParams, DEFAULT_ASSOCIATION } from '../mining/measures.js'
import { buildNeighbours } from '../mining/neighbours.js'
import { repeatRates } from '../mining/repeat-rates.js'
import { buildUserVectors } from '../mining/user-vectors.js'
import { learnUpgrades } from '../upgrades/learn-upgrades.js'
import { DEFAULT_UPSELL, type UpsellParams } from '../upgrades/params.js'
import { topK } from '../util/top-k.js'
import {
  assembleModel,
  type BundleMiningParams,
  MODEL_VERSION,
  type Model,
  type PersonalParams,
  type TrainParams,
} from './model.js'

/**
 * TIFU-KNN's published TaFeng settings (k 300, r_b 0.9, r_g 0.7, α 0.7, 7 groups): the paper's
 * values, not tuned here.
 */
export const DEFAULT_PERSONAL: PersonalParams = {
  groups: 7,
  withinGroupDecay: 0.9,
  groupDecay: 0.7,
  neighbours: 300,
  alpha: 0.7,
}

/** Options of `trainModel`; every field has a documented default. */
export interface TrainOptions {
  /** Association weight parameters; defaults in `DEFAULT_ASSOCIATION`. */
  association?: Partial<AssociationParams>
  /** Cross-sell neighbours kept per item; default 100. */
  neighboursPerItem?: number
  /** Baskets with more items add no pairs (still count for popularity); default 200. */
  maxBasketSize?: number
  /** Items in fewer baskets get no neighbours; default 1. */
  minItemCount?: number
  /** Half-life of time decay in days; default off. Needs basket times. */
  halfLifeDays?: number | null
  /** Reference time for decay (epoch ms); default the latest basket time. */
  asOf?: number
  /** Next-basket settings; defaults are TIFU-KNN's published TaFeng values. */
  personal?: Partial<PersonalParams>
  /** Learned upgrades: price step +10 % to +60 % and 5 per item by default. */
  upsell?: Partial<UpsellParams>
  /**
   * Bundle mining: least orders holding a bundle (default max(3, 0.1 % of orders)) and the
   * largest size (default 4; 0 turns it off).
   */
  bundles?: Partial<BundleMiningParams>
  /** Popular items kept for the fallback; default 1000. */
  popularCount?: number
  /** ISO time to stamp the model with (the core reads no clock). */
  trainedAt?: string
  /** The point of the order store's sequence the baskets were read through (`meta.orderSeq`). */
  orderSeq?: number
  /** The catalog: titles, categories and list prices (which override mean order prices). */
  products?: readonly Product[]
}

/** Resolves options to the full parameter record stored in the model. */
export function resolveTrainParams(options: TrainOptions = {}, baskets = 0): TrainParams {
  return {
    association: { ...DEFAULT_ASSOCIATION, ...options.association },
    neighboursPerItem: options.neighboursPerItem ?? 100,
    maxBasketSize: options.maxBasketSize ?? 200,
    minItemCount: options.minItemCount ?? 1,
    halfLifeDays: options.halfLifeDays ?? null,
    personal: { ...DEFAULT_PERSONAL, ...options.personal },
    upsell: { ...DEFAULT_UPSELL, ...options.upsell },
    bundles: {
      // A bundle bought together in 3 orders is the least that is not a coincidence; large
      // stores need more to keep the itemset count (and the model) small.
      minCount: options.bundles?.minCount ?? Math.max(3, Math.ceil(baskets * 0.001)),
      maxSize: options.bundles?.maxSize ?? 4,
    },
  }
}

/** Mines the baskets and returns a model ready to serve and to serialise. */
export function trainModel(baskets: BasketSet, options: TrainOptions = {}): Model {
  const params = resolveTrainParams(options, baskets.basketCount)
  const latest = latestTime(baskets.times)
  let basketWeights: Float64Array | undefined
  if (params.halfLifeDays !== null && baskets.times) {
    const asOf = options.asOf ?? latest
    if (asOf !== undefined) basketWeights = decayWeights(baskets.times, asOf, params.halfLifeDays)
  }
  const neighbourOptions: Parameters<typeof buildNeighbours>[1] = {
    association: params.association,
    perItem: params.neighboursPerItem,
    maxBasketSize: params.maxBasketSize,
    minItemCount: params.minItemCount,
  }
  if (basketWeights) neighbourOptions.basketWeights = basketWeights
  const nb = buildNeighbours(baskets, neighbourOptions)
  const products = options.products ?? []
  // Catalog products never ordered still join the vocabulary: they can be declared upsells.
  const skus = [...baskets.skus, ...catalogOnlySkus(baskets.skus, products)]
  const m = skus.length
  const mined = baskets.skus.length
  const itemCounts = padded(nb.itemCounts, m, 0)
  const all = new Int32Array(m)
  for (let i = 0; i < m; i++) all[i] = i
  const popular = topK(all, m, itemCounts, Math.min(m, options.popularCount ?? 1000))
  const customers = buildCustomerHistory(baskets)
  const neighbourOffsets = new Int32Array(m + 1)
  neighbourOffsets.set(nb.offsets)
  neighbourOffsets.fill(nb.offsets[mined]!, mined + 1)
  const { titles, categories, tags, catalog: declared } = resolveCatalog(skus, products)
  const catalog = { ...declared, attach: countAttach(baskets, declared.relations) }
  const prices = listPrices(skus, padded(baskets.prices, m, Number.NaN), products)
  const neighbours = {
    offsets: neighbourOffsets,
    items: nb.items,
    pairCounts: nb.pairCounts,
    weights: nb.weights,
  }
  return assembleModel({
    version: MODEL_VERSION,
    meta: {
      trainedAt: options.trainedAt ?? null,
      baskets: baskets.basketCount,
      items: m,
      customers: customers.ids.length,
      skippedBaskets: nb.skippedBaskets,
      latestBasketAt: latest === undefined ? null : new Date(latest).toISOString(),
      ...(options.orderSeq === undefined ? {} : { orderSeq: options.orderSeq }),
      params,
    },
    skus,
    titles,
    categories,
    tags: new Map(tags),
    catalog,
    itemCounts,
    basketTotal: nb.basketTotal,
    prices,
    neighbours,
    upgrades: learnUpgrades({
      skus,
      categories,
      prices,
      itemCounts,
      basketTotal: nb.basketTotal,
      neighbours,
      catalog,
      customers,
      params: params.upsell,
    }),
    popular,
    bundles:
      params.bundles.maxSize >= 2
        ? {
            ...mineItemsets(baskets, {
              minCount: params.bundles.minCount,
              maxSize: params.bundles.maxSize,
              maxItemsets: 50_000,
            }),
          }
        : emptyItemsets(baskets.skus.length),
    repeatRates: repeatRates(customers, m),
    customers,
    users: buildUserVectors(customers, params.personal),
  })
}

function padded(a: Float64Array, length: number, fill: number): Float64Array {
  if (a.length === length) return a
  const out = new Float64Array(length).fill(fill)
  out.set(a)
  return out
}
