/**
 * A small hand-made laptop shop for upsell tests (not exported from the package): a good /
 * better / best ladder with variants, a rival and a budget laptop, a warranty, a bag and wipes.
 * @module
 */
import type { Product } from '../domain/product.js'
import { type BasketSet, BasketSetBuilder } from '../mining/basket-set.js'
import type { Model } from '../model/model.js'
import { trainModel } from '../model/train.js'

const LAPTOPS = 'Computers > Laptops'

/** The catalog (prices in minor units). */
export const LAPTOP_PRODUCTS: Product[] = [
  {
    sku: 'L1',
    title: 'Laptop 14", 8 GB',
    category: LAPTOPS,
    price: 89900,
    relations: { tier: ['good', '1'] },
  },
  {
    sku: 'L2',
    title: 'Laptop 14", 16 GB',
    category: LAPTOPS,
    price: 109900,
    relations: { tier: ['better', '2'], variant_of: ['L1'] },
  },
  {
    sku: 'L3',
    title: 'Laptop 15", 32 GB',
    category: LAPTOPS,
    price: 149900,
    relations: { tier: ['best', '3'], variant_of: ['L1'] },
  },
  {
    sku: 'L4',
    title: 'Laptop 14", 8 GB, 1 TB',
    category: LAPTOPS,
    price: 99900,
    relations: { variant_of: ['L1'] },
  },
  { sku: 'R1', title: 'Rival laptop 14"', category: LAPTOPS, price: 104900 },
  { sku: 'C1', title: 'Budget laptop 14"', category: LAPTOPS, price: 69900 },
  {
    sku: 'W1',
    title: '3-year warranty',
    category: 'Services',
    price: 12900,
    relations: { warranty_for: ['L1', 'L2', 'L3'] },
  },
  {
    sku: 'BAG',
    title: 'Laptop bag',
    category: 'Bags',
    price: 3990,
    relations: { accessory_of: ['L1', 'L2', 'L3'] },
  },
  {
    sku: 'WIPES',
    title: 'Screen wipes, 50 pack',
    category: 'Care',
    price: 990,
    relations: { consumable_for: ['L1'] },
  },
  { sku: 'MOUSE', title: 'Mouse', category: 'Accessories', price: 1990 },
]

/** The orders: [customer, day of January 2024, SKUs]. */
export const LAPTOP_ORDERS: [string, number, string[]][] = [
  ['c1', 1, ['L1', 'BAG', 'W1']],
  ['c2', 1, ['L1', 'BAG']],
  ['c3', 2, ['L1', 'WIPES']],
  ['c4', 2, ['L2', 'BAG', 'W1']],
  ['c5', 3, ['L3', 'BAG']],
  ['c6', 3, ['C1', 'MOUSE']],
  ['c7', 4, ['C1', 'MOUSE']],
  ['c6', 10, ['L1', 'MOUSE']],
  ['c7', 11, ['L1']],
  ['c8', 5, ['R1', 'MOUSE']],
  ['c9', 5, ['R1']],
  ['c1', 20, ['R1']],
  ['c2', 21, ['R1']],
  ['c10', 6, ['MOUSE', 'BAG']],
]

/** The orders as a basket set. */
export function laptopBaskets(): BasketSet {
  const b = new BasketSetBuilder()
  for (const [customer, day, skus] of LAPTOP_ORDERS)
    b.addSkus(skus, Date.UTC(2024, 0, day), customer)
  return b.build()
}

/** A model of the laptop shop, every pair kept. */
export function laptopModel(products: readonly Product[] = LAPTOP_PRODUCTS): Model {
  return trainModel(laptopBaskets(), { products, association: { minPairCount: 1 } })
}
