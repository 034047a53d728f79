import { describe, expect, it } from 'vitest'
import { BasketSetBuilder } from '../mining/basket-set.js'
import { trainModel } from '../model/train.js'
import { LAPTOP_PRODUCTS, laptopBaskets, laptopModel } from '../offers/test-catalog.js'
import { learnUpgrades } from './learn-upgrades.js'

const row = (model: ReturnType<typeof laptopModel>, sku: string): string[] => {
  const a = model.itemIndex.get(sku)!
  const u = model.upgrades
  return [...u.items.subarray(u.offsets[a]!, u.offsets[a + 1]!)].map((i) => model.skus[i]!)
}

describe('learnUpgrades', () => {
  const model = laptopModel()

  it('learns same-category, pricier, rarely-together upgrades within the step; declared win', () => {
    // L2 (+22 %) and L4 are on L1's declared ladder; R1 is +16.7 %, never bought with L1
    expect(row(model, 'L1')).toEqual(['R1'])
    // C1 → L1 (+28.6 %, two customers traded up) ranks first; L4 was never sold
    expect(row(model, 'C1')).toEqual(['L1', 'R1', 'L2'])
    // no upgrades for items outside a step (L3 is the most expensive laptop) or complements
    expect(row(model, 'L3')).toEqual([])
    expect(row(model, 'BAG')).toEqual([])
  })

  it('records trade-up customers and honours the configured step', () => {
    const a = model.itemIndex.get('C1')!
    expect(model.upgrades.customers[model.upgrades.offsets[a]!]).toBe(2)
    const narrow = trainModel(laptopBaskets(), {
      products: LAPTOP_PRODUCTS,
      association: { minPairCount: 1 },
      upsell: { minStep: 0.1, maxStep: 0.3 },
    })
    expect(narrow.meta.params.upsell).toEqual({ minStep: 0.1, maxStep: 0.3, perItem: 5 })
    expect(row(narrow, 'C1')).toEqual(['L1'])
  })

  it('uses the co-purchase graph when the catalog has no categories', () => {
    // A and B are both bought with X and Y, never together; B costs 20 % more
    const b = new BasketSetBuilder()
    for (let k = 0; k < 3; k++) {
      b.addSkus(['A', 'X', 'Y'])
      b.addSkus(['B', 'X', 'Y'])
    }
    b.addSkus(['X', 'Z'])
    const m = trainModel(b.build(), {
      association: { minPairCount: 1 },
      products: [
        { sku: 'A', title: 'A', category: '', price: 1000 },
        { sku: 'B', title: 'B', category: '', price: 1200 },
        { sku: 'X', title: 'X', category: '', price: 1150 },
      ],
    })
    expect(row(m, 'A')).toEqual(['B'])
    // X is bought with A: a complement, not an upgrade, although close in price
    expect(row(m, 'A')).not.toContain('X')
  })

  it('returns empty rows without prices', () => {
    const rows = learnUpgrades({
      ...model,
      prices: new Float64Array(model.skus.length).fill(Number.NaN),
    })
    expect(rows.items).toHaveLength(0)
    expect(rows.offsets).toHaveLength(model.skus.length + 1)
  })
})
