/**
 * The price an item is offered at: the catalog's list price where it has one, else what was
 * paid (training: the mean price paid in the orders; a product new since training: nothing).
 * @module
 */
import type { Product } from '../domain/product.js'

/** Catalog list prices where known (a SKU listed twice: the last one), else `paid`'s. */
export function listPrices(
  skus: readonly string[],
  paid: Float64Array,
  products: readonly Product[],
): Float64Array {
  const prices = paid.slice()
  const bySku = new Map(products.map((p) => [p.sku, p.price]))
  skus.forEach((sku, i) => {
    const price = bySku.get(sku)
    if (price !== undefined) prices[i] = price
  })
  return prices
}
