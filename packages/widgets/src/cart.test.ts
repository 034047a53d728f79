import { describe, expect, it } from 'vitest'
import { cartLines, cartSkus } from './cart.js'

describe('cartSkus', () => {
  it('reads comma-separated SKUs, JSON arrays and cart lines, once each', () => {
    expect(cartSkus('22728, 20725,,22728')).toEqual(['22728', '20725'])
    expect(cartSkus('["a","b"]')).toEqual(['a', 'b'])
    expect(cartSkus([{ sku: 'a', quantity: 2 }, { sku: 22727 }, 'c'])).toEqual(['a', '22727', 'c'])
  })

  it('takes anything unreadable as an empty cart', () => {
    expect(cartSkus('[oops')).toEqual([])
    expect(cartSkus(null)).toEqual([])
    expect(cartSkus({ sku: 'a' })).toEqual([])
    expect(cartSkus('')).toEqual([])
  })
})

describe('cartLines', () => {
  it('keeps quantities when the shop gives them, merged per SKU', () => {
    expect(cartLines([{ sku: 'A', quantity: 2 }, { sku: 'B' }, { sku: 'A', quantity: 1 }])).toEqual(
      [
        { sku: 'A', quantity: 3 },
        { sku: 'B', quantity: 1 },
      ],
    )
    expect(cartLines(['A', 'B'])).toBeUndefined()
    expect(cartLines([{ sku: 'A', quantity: 0 }])).toEqual([])
  })
})
