import { describe, expect, it } from 'vitest'
import { isUpcrossError } from '../errors.js'
import { laptopModel } from '../offers/test-catalog.js'
import { sellingSheet } from './selling-sheet.js'

describe('sellingSheet', () => {
  const model = laptopModel()

  it('lists the laptop’s upgrades, add-ons and cross-sells with their reasons', () => {
    const [l1] = sellingSheet(model, { skus: ['L1'] })
    expect([l1!.sku, l1!.title, l1!.category, l1!.price]).toEqual([
      'L1',
      'Laptop 14", 8 GB',
      'Computers > Laptops',
      89900,
    ])
    // Declared next tier, top tier and bigger variant; the learned rival trade-up is fourth.
    expect(l1!.upgrades.map((o) => [o.sku, o.price, o.reasons[0]!.code])).toEqual([
      ['L2', 109900, 'upgrade'],
      ['L3', 149900, 'upgrade'],
      ['L4', 99900, 'upgrade'],
    ])
    expect(l1!.addOns.map((o) => [o.sku, o.reasons[0]!.code])).toEqual([
      ['W1', 'addon'],
      ['BAG', 'addon'],
      ['WIPES', 'addon'],
    ])
    expect(l1!.crossSells.map((o) => [o.sku, o.reasons[0]!.code])).toEqual([
      ['MOUSE', 'bought_together'],
    ])
    // Shown only for being popular (C1) gives staff nothing to say: not on the sheet.
    const all = [...l1!.upgrades, ...l1!.addOns, ...l1!.crossSells]
    expect(all.some((o) => o.reasons.some((r) => r.code === 'popular'))).toBe(false)
  })

  it('covers the best sellers by default, and refuses unknown SKUs', () => {
    const sheet = sellingSheet(model, { top: 3, perSection: 1 })
    expect(sheet.map((p) => p.sku)).toEqual(
      [...model.popular.slice(0, 3)].map((i) => model.skus[i]),
    )
    expect(sheet.every((p) => p.upgrades.length <= 1 && p.crossSells.length <= 1)).toBe(true)
    let error: unknown
    try {
      sellingSheet(model, { skus: ['L1', 'NOPE'] })
    } catch (e) {
      error = e
    }
    expect(isUpcrossError(error) && error.code).toBe('not_found')
    expect((error as Error).message).toContain('NOPE')
  })
})
