/**
 * A small shop for email tests: a store, a customer, an order and offers as `serveOffers` gives
 * them, with a product name that carries HTML.
 * @module
 */
import type { ServedOffer } from 'upcross'
import type { LinkTemplates, StoreInfo } from '../types.js'

/** The sending store. */
export const STORE: StoreInfo = {
  name: 'Laptops & Co',
  url: 'https://shop.example/',
  currency: 'EUR',
  locale: 'en',
}

/** The store's links. */
export const LINKS: LinkTemplates = {
  product: 'https://shop.example/p/{sku}?utm_source=upcross&utm_campaign={placement}',
  cart: 'https://shop.example/cart?restore={order}',
  unsubscribe: 'https://shop.example/unsubscribe?c={placement}',
}

/** Product titles; BAG's is hostile. */
export const TITLES: Record<string, string> = {
  L1: 'Laptop 14", 8 GB',
  W1: '3-year warranty',
  BAG: 'Bag <script>alert("x")</script> & sleeve',
  MOUSE: 'Mouse',
}

/** Titles by SKU, the SKU when unknown. */
export const nameOf = (sku: string): string => TITLES[sku] ?? sku

/** Offers as the pipeline returns them for an order of L1. */
export const OFFERS: ServedOffer[] = [
  {
    sku: 'BAG',
    kind: 'cross_sell',
    score: 0.9,
    price: 3990,
    reasons: [
      {
        code: 'bought_together',
        anchor: 'L1',
        orders: 31,
        support: 0.05,
        confidence: 0.31,
        lift: 2.5,
      },
    ],
  },
  {
    sku: 'W1',
    kind: 'upsell',
    score: 0.8,
    price: 12900,
    discount: 1290,
    reasons: [
      {
        code: 'addon',
        relation: 'warranty_for',
        anchor: 'L1',
        attach_rate: 0.2,
        orders: 1,
        anchor_orders: 5,
      },
    ],
  },
]
