/**
 * Small hand-made basket sets for tests (not exported from the package).
 * @module
 */
import { type BasketSet, BasketSetBuilder } from './basket-set.js'

/**
 * Six orders over bread, butter, milk, jam, beer, diapers — the golden set whose measures are
 * computed by hand in measures.test.ts.
 */
export function sixOrders(): BasketSet {
  const b = new BasketSetBuilder()
  const day = (d: number): number => Date.UTC(2024, 0, d)
  b.addSkus(['bread', 'butter', 'milk'], day(1), 'ann')
  b.addSkus(['bread', 'butter'], day(2), 'bob')
  b.addSkus(['bread', 'jam'], day(3), 'ann')
  b.addSkus(['beer', 'diapers'], day(4), 'cid')
  b.addSkus(['beer', 'diapers', 'bread'], day(5), 'bob')
  b.addSkus(['milk', 'butter', 'bread'], day(6), 'ann')
  return b.build()
}

/** Builds a basket set from arrays of item numbers (SKU = the number as text). */
export function fromArrays(baskets: readonly (readonly number[])[]): BasketSet {
  const b = new BasketSetBuilder()
  for (const basket of baskets) b.addSkus(basket.map(String))
  return b.build()
}
