/**
 * The catalog facts rules, guards and scorers read about an item, from the model (or, for an
 * item new since training, from the catalog).
 * @module
 */
import type { CatalogItem } from '../../catalog/catalog-items.js'
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
  return factsOf(
    sku,
    model.prices[i],
    model.catalog.costs[i],
    model.catalog.stock[i],
    model.categories[i] ?? '',
    model.tags.get(i) ?? [],
    settings,
  )
}

/**
 * The facts of an item the model does not hold, from its catalog entry, read as `itemFacts`
 * reads the model's columns; `undefined` without a list price (nothing to offer it at).
 */
export function newItemFacts(
  item: CatalogItem | undefined,
  settings: OfferSettings,
): ItemFacts | undefined {
  if (item === undefined || known(item.price) === undefined) return undefined
  return factsOf(item.sku, item.price, item.cost, item.stock, item.category, item.tags, settings)
}

function factsOf(
  sku: string,
  rawPrice: number | undefined,
  rawCost: number | undefined,
  stock: number | undefined,
  category: string,
  tags: readonly string[],
  settings: OfferSettings,
): ItemFacts {
  const listed = known(rawPrice)
  const price = listed === undefined ? undefined : Math.round(listed)
  let cost = known(rawCost)
  if (cost === undefined && price !== undefined && settings.assumedCostShare !== undefined)
    cost = Math.round(price * settings.assumedCostShare)
  return { sku, price, cost, category, tags, stock: known(stock), listed: true }
}
