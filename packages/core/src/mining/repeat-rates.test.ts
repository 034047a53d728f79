import { describe, expect, it } from 'vitest'
import { BasketSetBuilder } from './basket-set.js'
import { buildCustomerHistory } from './customer-history.js'
import { repeatRates } from './repeat-rates.js'

describe('repeatRates', () => {
  it('is the share of buyers who bought the item in two or more orders', () => {
    const b = new BasketSetBuilder()
    for (let c = 0; c < 6; c++) {
      b.addSkus(['coffee', 'kettle'], c * 10, `c${c}`)
      if (c < 3) b.addSkus(['coffee'], c * 10 + 1, `c${c}`) // half of them buy coffee again
    }
    b.addSkus(['rare'], 99, 'c0')
    const set = b.build()
    const rates = repeatRates(buildCustomerHistory(set), set.skus.length)
    expect(rates[set.skus.indexOf('coffee')]).toBeCloseTo(0.5)
    expect(rates[set.skus.indexOf('kettle')]).toBe(0)
    expect(Number.isNaN(rates[set.skus.indexOf('rare')]!)).toBe(true) // one buyer: unknown
  })
})
