import { describe, expect, it } from 'vitest'
import { isUpcrossError } from '../errors.js'
import { LAPTOP_PRODUCTS, laptopModel } from '../offers/test-catalog.js'
import { planAccounts } from './account-plan.js'

// Hand-checked on the laptop shop (test-catalog.ts). c2 bought L1, BAG and R1 (lines Laptops,
// Bags). Every customer who shares an item with c2 is similar: c1, c3–c10 (9). Of them, c1 and
// c4 bought the warranty (Services), c6, c7, c8 and c10 the mouse (Accessories), only c3 the
// wipes (Care: one buyer, below the default two).
describe('planAccounts', () => {
  const model = laptopModel()

  it('proposes c2 the lines similar customers buy, by expected value (probability × price)', () => {
    const [plan] = planAccounts(model, { customers: ['c2'] })
    expect(plan!.consulted).toBe(9)
    expect(
      plan!.lines.map((l) => [l.key, l.level, l.buyers, l.probability, l.expectedValue, l.basis]),
    ).toEqual([
      ['Services', 'category', 2, 0.2222, 2867, 'price'], // 2/9 × 129.00
      ['Accessories', 'category', 4, 0.4444, 884, 'price'], // 4/9 × 19.90
    ])
    expect(plan!.lines[0]!.items).toEqual([{ sku: 'W1', buyers: 2 }])
  })

  it('weights a line’s price by how many similar customers buy each of its items', () => {
    // c10 bought MOUSE and BAG; c1, c2, c4–c8 share one of them (7), and all 7 bought a laptop:
    // L1 ×4, R1 ×3, C1 ×2, L2 ×1, L3 ×1 → (4·899 + 3·1049 + 2·699 + 1099 + 1499) / 11 = 976.27.
    const [plan] = planAccounts(model, { customers: ['c10'] })
    expect(plan!.consulted).toBe(7)
    const [laptops, services] = plan!.lines
    expect([laptops!.key, laptops!.probability, laptops!.price, laptops!.expectedValue]).toEqual([
      'Computers > Laptops',
      1,
      97627,
      97627,
    ])
    expect(laptops!.items).toEqual([
      { sku: 'L1', buyers: 4 },
      { sku: 'R1', buyers: 3 },
      { sku: 'C1', buyers: 2 },
    ])
    expect([services!.key, services!.buyers, services!.expectedValue]).toEqual([
      'Services',
      2,
      3686,
    ])
    expect(plan!.lines).toHaveLength(2)
  })

  it('ranks by margin when costs are known, or assumed', () => {
    const costs = LAPTOP_PRODUCTS.map((p) =>
      p.sku === 'W1' ? { ...p, cost: 3900 } : p.sku === 'MOUSE' ? { ...p, cost: 990 } : p,
    )
    const [plan] = planAccounts(laptopModel(costs), { customers: ['c2'] })
    expect(plan!.lines.map((l) => [l.key, l.margin, l.expectedValue, l.basis])).toEqual([
      ['Services', 9000, 2000, 'margin'], // 2/9 × (129.00 − 39.00)
      ['Accessories', 1000, 444, 'margin'], // 4/9 × (19.90 − 9.90)
    ])
    const [assumed] = planAccounts(model, { customers: ['c10'], assumedCostShare: 0.5 })
    expect([assumed!.lines[0]!.margin, assumed!.lines[0]!.basis]).toEqual([48814, 'margin'])
  })

  it('plans items when asked, never an item or line the customer already bought', () => {
    const [byItem] = planAccounts(model, { customers: ['c2'], lines: { by: 'item' } })
    expect(byItem!.lines.map((l) => [l.key, l.level, l.buyers, l.expectedValue])).toEqual([
      ['C1', 'item', 2, 15533], // 2/9 × 699.00
      ['W1', 'item', 2, 2867],
      ['MOUSE', 'item', 4, 884],
    ])
    const [oneBuyer] = planAccounts(model, { customers: ['c2'], minBuyers: 1, limit: 10 })
    expect(oneBuyer!.lines.map((l) => l.key)).toEqual(['Services', 'Accessories', 'Care'])
    const [shallow] = planAccounts(model, {
      customers: ['c10'],
      lines: { by: 'category', depth: 1 },
    })
    expect(shallow!.lines[0]!.key).toBe('Computers')
  })

  it('plans every customer by default and names unknown ones', () => {
    const all = planAccounts(model, { limit: 1 })
    expect(all.map((p) => p.customer)).toEqual(model.customers.ids)
    expect(all.every((p) => p.lines.length <= 1)).toBe(true)
    let error: unknown
    try {
      planAccounts(model, { customers: ['c1', 'nobody'] })
    } catch (e) {
      error = e
    }
    expect(isUpcrossError(error) && error.code).toBe('not_found')
    expect((error as Error).message).toContain('nobody')
  })
})
