/**
 * Catalog facts of products the model does not hold yet (new since training), laid out the way
 * training lays products on the model, so serving can offer them before the next training.
 * @module
 */
import type { Product } from '../domain/product.js'
import { listPrices } from './list-prices.js'
import { catalogOnlySkus } from './model-catalog.js'
import { resolveCatalog } from './resolve-catalog.js'

/** One product's facts as the model's columns would hold them (NaN where unknown). */
export interface CatalogItem {
  sku: string
  title: string
  category: string
  tags: readonly string[]
  /** The catalog's list price in minor units; NaN when it has none. */
  price: number
  /** Unit cost in minor units; NaN when unknown. */
  cost: number
  /** Units in stock; NaN when the catalog does not track stock. */
  stock: number
}

/**
 * The products as training would resolve them (`resolveCatalog`, `listPrices`), by SKU. Prices
 * paid in orders are not known here, so a product without a list price has none.
 */
export function catalogItems(products: readonly Product[]): Map<string, CatalogItem> {
  const skus = catalogOnlySkus([], products)
  const { titles, categories, tags, catalog } = resolveCatalog(skus, products)
  const tagsOf = new Map(tags)
  // Nothing was paid for them yet: the list price or none.
  const prices = listPrices(skus, new Float64Array(skus.length).fill(Number.NaN), products)
  const out = new Map<string, CatalogItem>()
  skus.forEach((sku, i) => {
    out.set(sku, {
      sku,
      title: titles[i] ?? '',
      category: categories[i] ?? '',
      tags: tagsOf.get(i) ?? [],
      price: prices[i]!,
      cost: catalog.costs[i]!,
      stock: catalog.stock[i]!,
    })
  })
  return out
}
