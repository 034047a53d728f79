import { describe, expect, it } from 'vitest'
import { BasketSetBuilder, basketSkus } from './basket-set.js'

describe('BasketSetBuilder', () => {
  it('de-duplicates items, ignores returns, and drops empty baskets', () => {
    const b = new BasketSetBuilder()
    b.addOrder({
      id: 'o1',
      customerId: 'c1',
      orderedAt: 5,
      lines: [
        { sku: 'a', quantity: 1, unitPrice: 100 },
        { sku: 'b', quantity: 2, unitPrice: 300 },
        { sku: 'a', quantity: 1, unitPrice: 200 },
        { sku: 'c', quantity: -1, unitPrice: 50 },
      ],
    })
    b.addOrder({
      id: 'o2',
      customerId: '',
      orderedAt: undefined,
      lines: [{ sku: 'c', quantity: -2, unitPrice: 1 }],
    })
    const set = b.build()
    expect(set.basketCount).toBe(1)
    expect(basketSkus(set, 0)).toEqual(['a', 'b'])
    expect(set.prices[0]).toBe(150) // mean unit price of a
    expect(set.customerIds).toEqual(['c1'])
    expect([...set.times!]).toEqual([5])
  })

  it('merges an order whose lines come back later in the input into one basket', () => {
    const b = new BasketSetBuilder()
    const order = (id: string, skus: string[]) => ({
      id,
      customerId: '',
      orderedAt: undefined,
      lines: skus.map((sku) => ({ sku, quantity: 1, unitPrice: undefined })),
    })
    b.addOrder(order('o1', ['x', 'y']))
    b.addOrder(order('o2', ['y']))
    b.addOrder(order('o1', ['z', 'x']))
    const set = b.build()
    expect(set.basketCount).toBe(2)
    expect(basketSkus(set, 0)).toEqual(['x', 'y', 'z'])
    expect(basketSkus(set, 1)).toEqual(['y'])
  })
})
