/**
 * Products derived from Online Retail lines: the layout has no catalog, but every accepted line
 * names its product (Description) and its unit price.
 * @module
 */
import type { Product } from '../domain/product.js'
import type { OnlineRetailLine } from './online-retail.js'

interface Latest {
  product: Product
  titleAt: number
  priceAt: number
}

/**
 * Accumulates accepted Online Retail lines into products: title = the most recent non-empty
 * Description, price = the most recent unit price (a later line wins a tie), category unknown.
 */
export class OnlineRetailProductDeriver {
  readonly #bySku = new Map<string, Latest>()

  /** Adds one accepted line (as `createOnlineRetailDetailParser` returns it). */
  add(detail: OnlineRetailLine): void {
    const { sku, orderedAt, unitPrice } = detail.line
    const at = orderedAt ?? Number.NEGATIVE_INFINITY
    const title = detail.description
    const seen = this.#bySku.get(sku)
    if (!seen) {
      this.#bySku.set(sku, {
        product: { sku, title, category: '', price: unitPrice },
        titleAt: title === '' ? Number.NEGATIVE_INFINITY : at,
        priceAt: at,
      })
      return
    }
    if (at >= seen.priceAt) {
      seen.product.price = unitPrice
      seen.priceAt = at
    }
    if (title !== '' && at >= seen.titleAt) {
      seen.product.title = title
      seen.titleAt = at
    }
  }

  /** The products derived so far, in the order their SKUs were first seen. */
  products(): Product[] {
    return [...this.#bySku.values()].map((x) => ({ ...x.product }))
  }
}

/** Derives the products of a sequence of accepted Online Retail lines (see the deriver). */
export function deriveOnlineRetailProducts(details: Iterable<OnlineRetailLine>): Product[] {
  const deriver = new OnlineRetailProductDeriver()
  for (const d of details) deriver.add(d)
  return deriver.products()
}
