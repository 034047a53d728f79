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
    expect(narrow.meta.params.upsell).toEqual({ minStep: 0.1, maxStep: 0.3, perItem: 10 })
    expect(row(narrow, 'C1')).toEqual(['L1'])
  })

  it('learns no upgrades without categories: shared buyers do not make alternatives', () => {
    // The mug shares every buyer with the lunch box and is dearer, yet it is no lunch box.
    const b = new BasketSetBuilder()
    for (let k = 0; k < 3; k++) {
      b.addSkus(['BOX-1', 'BAG', 'NAPKINS'])
      b.addSkus(['MUG', 'BAG', 'NAPKINS'])
    }
    const m = trainModel(b.build(), {
      association: { minPairCount: 1 },
      products: [
        { sku: 'BOX-1', title: 'SPACEBOY LUNCH BOX', category: '', price: 1000 },
        { sku: 'MUG', title: 'COFFEE MUG', category: '', price: 1150 },
      ],
    })
    expect(m.upgrades.items).toHaveLength(0)
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
