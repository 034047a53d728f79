import { describe, expect, it } from 'vitest'
import { laptopModel } from '../offers/test-catalog.js'
import { upsellSanity } from './upsell-sanity.js'

describe('upsellSanity', () => {
  it('finds declared upsells in category and pricier, and learned ones within the step too', () => {
    const s = upsellSanity(laptopModel())
    expect(s.categoriesKnown).toBe(true)
    // L1→L2, L3, L4; L2→L3; L4→L2, L3 (pricier variants of one family)
    expect(s.declared).toMatchObject({ offers: 6, sameCategory: 6, higherPriced: 6, share: 1 })
    // only L1→L3 (+67 %, the premium tier) is beyond +60 %: not a guard for declared ladders
    expect(s.declared.withinStep).toBe(5)
    expect(s.learned.offers).toBeGreaterThan(0)
    expect(s.learned.share).toBe(1)
  })

  it('counts an out-of-bounds step against learned upsells', () => {
    const s = upsellSanity(laptopModel(), { minStep: 0.1, maxStep: 0.2 })
    expect(s.learned.share).toBeLessThan(1)
  })
})
