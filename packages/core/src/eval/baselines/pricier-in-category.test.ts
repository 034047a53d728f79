import { describe, expect, it } from 'vitest'
import { BasketSetBuilder } from '../../mining/basket-set.js'
import { pricierInCategory } from './pricier-in-category.js'

describe('pricierInCategory', () => {
  const train = {
    baskets: new BasketSetBuilder().build(),
    products: [
      { sku: 'a', title: '', category: 'mug', price: 100 },
      { sku: 'b', title: '', category: 'mug', price: 300 },
      { sku: 'c', title: '', category: 'mug', price: 200 },
      { sku: 'd', title: '', category: 'mug', price: 100 },
      { sku: 'e', title: '', category: 'bag', price: 900 },
      { sku: 'f', title: '', category: '', price: 900 },
    ],
    popularity: new Map([
      ['a', 5],
      ['b', 9],
      ['c', 9],
      ['d', 7],
    ]),
  }
  const list = pricierInCategory(train)
  it('lists strictly pricier items of the same category, most popular first', () => {
    expect(list('a', 10)).toEqual(['c', 'b'])
    expect(list('a', 1)).toEqual(['c'])
    expect(list('d', 10)).toEqual(['c', 'b'])
    expect(list('b', 10)).toEqual([])
  })
  it('gives nothing for an unknown SKU or one without a category', () => {
    expect(list('zz', 10)).toEqual([])
    expect(list('f', 10)).toEqual([])
  })
})
