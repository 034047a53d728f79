/**
 * The popularity fallback: what a cold or empty cart gets, and what fills short lists.
 * @module
 */
import type { Offer } from '../domain/offer.js'
import type { PopularReason } from '../domain/reason.js'
import type { Model } from '../model/model.js'
import { popular } from './reasons.js'

/**
 * Appends the most popular items not excluded until `offers` has `limit` entries; their scores
 * stay below every scored offer so the order of evidence is kept.
 */
export function fillWithPopular(
  model: Model,
  offers: Offer[],
  exclude: Set<number>,
  limit: number,
  fallback: PopularReason['fallback'],
): Offer[] {
  const floor = offers.length > 0 ? Math.min(...offers.map((o) => o.score)) : 1
  const total = model.basketTotal || 1
  for (let r = 0; r < model.popular.length && offers.length < limit; r++) {
    const b = model.popular[r]!
    if (exclude.has(b)) continue
    exclude.add(b)
    const share = model.itemCounts[b]! / total
    offers.push({
      sku: model.skus[b]!,
      kind: 'cross_sell',
      score: Number((floor * share * 0.5).toPrecision(6)),
      reasons: [popular(model, b, fallback)],
    })
  }
  return offers
}
