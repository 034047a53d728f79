import { describe, expect, it } from 'vitest'
import { basketSkus } from './basket-set.js'
import { countCooccurrence, pairCount } from './cooccurrence.js'
import { associationWeight, confidence, DEFAULT_ASSOCIATION, lift, support } from './measures.js'
import { sixOrders } from './test-baskets.js'

// Hand count over the six orders: bread in 5, butter in 3, milk in 2, beer 2, diapers 2, jam 1;
// bread+butter 3, butter+milk 2, bread+milk 2, beer+diapers 2, bread+beer 1, bread+jam 1.
describe('measures on the six-order golden set', () => {
  const set = sixOrders()
  const co = countCooccurrence(set, {})
  const idx = (sku: string): number => set.skus.indexOf(sku)
  const c = (sku: string): number => co.itemCounts[idx(sku)]!
  const cc = (a: string, b: string): number => pairCount(co, idx(a), idx(b))

  it('counts items and pairs as by hand', () => {
    expect(basketSkus(set, 0)).toEqual(['bread', 'butter', 'milk'])
    expect([c('bread'), c('butter'), c('milk'), c('jam'), c('beer'), c('diapers')]).toEqual([
      5, 3, 2, 1, 2, 2,
    ])
    expect(cc('bread', 'butter')).toBe(3)
    expect(cc('butter', 'bread')).toBe(3)
    expect(cc('butter', 'milk')).toBe(2)
    expect(cc('beer', 'diapers')).toBe(2)
    expect(cc('bread', 'beer')).toBe(1)
    expect(cc('jam', 'milk')).toBe(0)
  })

  it('gives support, confidence and lift by their formulas', () => {
    expect(support(cc('bread', 'butter'), 6)).toBeCloseTo(0.5)
    expect(confidence(cc('bread', 'butter'), c('butter'))).toBe(1) // butter → bread
    expect(confidence(cc('bread', 'butter'), c('bread'))).toBeCloseTo(0.6) // bread → butter
    expect(lift(cc('bread', 'butter'), c('bread'), c('butter'), 6)).toBeCloseTo(1.2)
    expect(lift(cc('beer', 'diapers'), c('beer'), c('diapers'), 6)).toBeCloseTo(3)
    expect(lift(cc('bread', 'beer'), c('bread'), c('beer'), 6)).toBeCloseTo(0.6)
  })

  it('handles empty cases without dividing by zero', () => {
    expect(support(0, 0)).toBe(0)
    expect(confidence(0, 0)).toBe(0)
    expect(lift(1, 0, 5, 10)).toBe(0)
  })

  it('drops coincidences below the minimum pair count and damps bestsellers', () => {
    const p = { ...DEFAULT_ASSOCIATION, shrink: 0, minPairCount: 2, beta: 0.5, alpha: 1 }
    expect(associationWeight(1, 1, 5, p)).toBe(0) // jam→bread: seen once, a coincidence
    // diapers→beer: 2 / (2 · 2^0.5); milk→bread: 2 / (2 · 5^0.5) — the bestseller is damped.
    expect(associationWeight(2, 2, 2, p)).toBeCloseTo(1 / Math.SQRT2)
    expect(associationWeight(2, 2, 5, p)).toBeCloseTo(1 / Math.sqrt(5))
    // With beta = 0 and no shrinkage the weight is the confidence.
    expect(associationWeight(3, 3, 5, { ...p, beta: 0 })).toBe(1)
  })
})
