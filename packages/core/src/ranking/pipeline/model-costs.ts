/**
 * Unit costs of every item under a cost assumption, computed once per model and assumption:
 * bundles and gap fillers read them per request, and a catalog can hold many thousand items.
 * @module
 */
import type { Model } from '../../model/model.js'

const cache = new WeakMap<Model, Map<number | undefined, Float64Array>>()

/**
 * The catalog's cost of each item, else `assumedCostShare` × its price (rounded), else NaN.
 * Prices are the model's, rounded to minor units.
 */
export function modelCosts(model: Model, assumedCostShare: number | undefined): Float64Array {
  let byShare = cache.get(model)
  if (!byShare) {
    byShare = new Map()
    cache.set(model, byShare)
  }
  let costs = byShare.get(assumedCostShare)
  if (!costs) {
    costs = new Float64Array(model.skus.length)
    for (let i = 0; i < costs.length; i++) {
      const known = model.catalog.costs[i]!
      const price = model.prices[i]!
      costs[i] = !Number.isNaN(known)
        ? known
        : assumedCostShare !== undefined && Number.isFinite(price)
          ? Math.round(Math.round(price) * assumedCostShare)
          : Number.NaN
    }
    byShare.set(assumedCostShare, costs)
  }
  return costs
}
