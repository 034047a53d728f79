/**
 * Training: baskets in, a compact model out.
 * @module
 */
import type { Product } from '../domain/product.js'
import type { BasketSet } from '../mining/basket-set.js'
import { buildCustomerHistory } from '../mining/customer-history.js'
import { decayWeights, latestTime } from '../mining/decay.js'
import { type AssociationParams, DEFAULT_ASSOCIATION } from '../mining/measures.js'
import { buildNeighbours } from '../mining/neighbours.js'
import { topK } from '../util/top-k.js'
import { assembleModel, MODEL_VERSION, type Model, type TrainParams } from './model.js'

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
  /** Weight of a customer's basket k steps back: `recency^k`; default 0.9. */
  recency?: number
  /** Popular items kept for the fallback; default 1000. */
  popularCount?: number
  /** ISO time to stamp the model with (the core reads no clock). */
  trainedAt?: string
  /** The catalog: titles, categories and list prices (which override mean order prices). */
  products?: readonly Product[]
}

/** Resolves options to the full parameter record stored in the model. */
export function resolveTrainParams(options: TrainOptions = {}): TrainParams {
  return {
    association: { ...DEFAULT_ASSOCIATION, ...options.association },
    neighboursPerItem: options.neighboursPerItem ?? 100,
    maxBasketSize: options.maxBasketSize ?? 200,
    minItemCount: options.minItemCount ?? 1,
    halfLifeDays: options.halfLifeDays ?? null,
    recency: options.recency ?? 0.9,
  }
}

/** Mines the baskets and returns a model ready to serve and to serialise. */
export function trainModel(baskets: BasketSet, options: TrainOptions = {}): Model {
  const params = resolveTrainParams(options)
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
  const m = baskets.skus.length
  const all = new Int32Array(m)
  for (let i = 0; i < m; i++) all[i] = i
  const popular = topK(all, m, nb.itemCounts, Math.min(m, options.popularCount ?? 1000))
  const customers = buildCustomerHistory(baskets)
  return assembleModel({
    version: MODEL_VERSION,
    meta: {
      trainedAt: options.trainedAt ?? null,
      baskets: baskets.basketCount,
      items: m,
      customers: customers.ids.length,
      skippedBaskets: nb.skippedBaskets,
      latestBasketAt: latest === undefined ? null : new Date(latest).toISOString(),
      params,
    },
    skus: baskets.skus,
    ...catalogColumns(baskets, options.products),
    itemCounts: nb.itemCounts,
    basketTotal: nb.basketTotal,
    prices: listPrices(baskets, options.products),
    neighbours: {
      offsets: nb.offsets,
      items: nb.items,
      pairCounts: nb.pairCounts,
      weights: nb.weights,
    },
    popular,
    customers,
  })
}

function catalogColumns(
  baskets: BasketSet,
  products: readonly Product[] | undefined,
): { titles: string[]; categories: string[] } {
  if (!products || products.length === 0) return { titles: [], categories: [] }
  const bySku = new Map(products.map((p) => [p.sku, p]))
  return {
    titles: baskets.skus.map((sku) => bySku.get(sku)?.title ?? ''),
    categories: baskets.skus.map((sku) => bySku.get(sku)?.category ?? ''),
  }
}

/** Catalog list prices where known, else the mean price paid in the orders. */
function listPrices(baskets: BasketSet, products: readonly Product[] | undefined): Float64Array {
  const prices = baskets.prices.slice()
  if (!products) return prices
  const bySku = new Map(products.map((p) => [p.sku, p.price]))
  baskets.skus.forEach((sku, i) => {
    const price = bySku.get(sku)
    if (price !== undefined) prices[i] = price
  })
  return prices
}
