/**
 * The catalog facts rules, guards and scorers read about an item, from the model.
 * @module
 */
import type { Model } from '../../model/model.js'
import type { Candidate } from '../../rules/candidate.js'
import type { OfferSettings } from './settings.js'

/** Facts about an item as a fresh candidate (no kind, score, strength or reasons). */
export type ItemFacts = Omit<Candidate, 'kind' | 'score' | 'strength' | 'reasons'>

const known = (x: number | undefined): number | undefined =>
  x === undefined || Number.isNaN(x) ? undefined : x

/**
 * Price (rounded to minor units), cost (the catalog's, else the settings' assumed share of the
 * price), category, tags and stock of a SKU the model knows; `undefined` for an unknown SKU.
 * Items of the model are listed: it only holds products the store sold or declared.
 */
export function itemFacts(
  model: Model,
  settings: OfferSettings,
  sku: string,
): ItemFacts | undefined {
  const i = model.itemIndex.get(sku)
  if (i === undefined) return undefined
  const rawPrice = known(model.prices[i])
  const price = rawPrice === undefined ? undefined : Math.round(rawPrice)
  let cost = known(model.catalog.costs[i])
  if (cost === undefined && price !== undefined && settings.assumedCostShare !== undefined)
    cost = Math.round(price * settings.assumedCostShare)
  return {
    sku,
    price,
    cost,
    category: model.categories[i] ?? '',
    tags: model.tags.get(i) ?? [],
    stock: known(model.catalog.stock[i]),
    listed: true,
  }
}
