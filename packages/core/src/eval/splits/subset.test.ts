import { describe, expect, it } from 'vitest'
import { BasketSetBuilder, basketSkus } from '../../mining/basket-set.js'
import { subsetBaskets } from './subset.js'

describe('subsetBaskets', () => {
  it('keeps the vocabulary, times and customers of the chosen baskets', () => {
    const b = new BasketSetBuilder()
    b.addSkus(['a', 'b'], 1, 'u')
    b.addSkus(['c'], 2, 'v')
    b.addSkus(['b', 'd'], 3, 'u')
    const full = b.build()
    const sub = subsetBaskets(full, [2, 0])
    expect(sub.basketCount).toBe(2)
    expect(sub.skus).toBe(full.skus)
    expect(basketSkus(sub, 0)).toEqual(['b', 'd'])
    expect(basketSkus(sub, 1)).toEqual(['a', 'b'])
    expect([...sub.times!]).toEqual([3, 1])
    expect([...sub.customers!].map((c) => sub.customerIds[c])).toEqual(['u', 'u'])
  })
})
