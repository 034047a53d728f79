import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BasketSetBuilder } from '../mining/basket-set.js'
import { countCooccurrence, pairCount } from '../mining/cooccurrence.js'
import { trainModel } from '../model/train.js'
import { CooccurrenceDelta } from './cooccurrence-delta.js'
import { deltaNeighbours } from './delta-neighbours.js'

const SKUS = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
const basket = fc.array(fc.constantFrom(...SKUS), { minLength: 1, maxLength: 6 })

function model(baskets: string[][], minPairCount = 2) {
  const builder = new BasketSetBuilder()
  for (const b of baskets) builder.addSkus(b)
  return trainModel(builder.build(), {
    association: { minPairCount },
    neighboursPerItem: 1000,
    popularCount: 10,
  })
}

describe('CooccurrenceDelta', () => {
  it('equals a from-scratch recount, however the baskets were split and stored', () => {
    fc.assert(
      fc.property(fc.array(basket, { maxLength: 40 }), fc.nat(), (baskets, cut) => {
        const delta = new CooccurrenceDelta({ maxBasketSize: 4 })
        const at = baskets.length === 0 ? 0 : cut % baskets.length
        for (const b of baskets.slice(0, at)) delta.addBasket(b)
        // Stored and reloaded between batches, as the service would.
        const resumed = CooccurrenceDelta.fromJSON(JSON.parse(JSON.stringify(delta.toJSON())))
        for (const b of baskets.slice(at)) resumed.addBasket(b)
        const builder = new BasketSetBuilder()
        for (const b of baskets) builder.addSkus(b)
        const set = builder.build()
        const co = countCooccurrence(set, { maxBasketSize: 4 })
        expect(resumed.baskets).toBe(set.basketCount)
        for (const x of SKUS) {
          const i = set.skus.indexOf(x)
          expect(resumed.itemCount(x)).toBe(i < 0 ? 0 : co.itemCounts[i])
          for (const y of SKUS) {
            if (x === y) continue
            const j = set.skus.indexOf(y)
            expect(resumed.pairCount(x, y)).toBe(i < 0 || j < 0 ? 0 : pairCount(co, i, j))
          }
        }
      }),
    )
  })

  it('gives a brand-new SKU partners from new orders alone', () => {
    const m = model([
      ['mug', 'tea'],
      ['mug', 'tea'],
      ['mug', 'spoon'],
    ])
    const delta = new CooccurrenceDelta()
    expect(deltaNeighbours(delta, 'teapot', 3, m)).toEqual([])
    delta.addBasket(['teapot', 'tea', 'mug'])
    delta.addBasket(['teapot', 'tea'])
    delta.addBasket(['teapot', 'mug', 'mug'])
    const partners = deltaNeighbours(delta, 'teapot', 3, m)
    // c_teapot = 3; tea: c_ab 2, c_b 2 + 2 = 4; mug: c_ab 2, c_b 3 + 2 = 5.
    expect(partners).toEqual([
      { sku: 'tea', weight: 2 / ((3 + 5) * 4 ** 0.3), pairCount: 2 },
      { sku: 'mug', weight: 2 / ((3 + 5) * 5 ** 0.3), pairCount: 2 },
    ])
    // …and a known SKU now lists the new one next to its trained neighbours.
    expect(deltaNeighbours(delta, 'tea', 5, m).map((n) => n.sku)).toEqual(['mug', 'teapot'])
  })

  it('merged with a model of the earlier orders, ranks like a retrain on all orders', () => {
    fc.assert(
      fc.property(fc.array(basket, { minLength: 1, maxLength: 30 }), fc.nat(), (baskets, cut) => {
        const at = cut % baskets.length
        // minPairCount 1, so training keeps every pair the delta might complete.
        const before = model(baskets.slice(0, at), 1)
        const delta = new CooccurrenceDelta()
        for (const b of baskets.slice(at)) delta.addBasket(b)
        const full = model(baskets, 1)
        for (const sku of SKUS) {
          const merged = deltaNeighbours(delta, sku, 10, before)
          const i = full.itemIndex.get(sku)
          const nb = full.neighbours
          const expected = new Map<string, number>()
          if (i !== undefined)
            for (let j = nb.offsets[i]!; j < nb.offsets[i + 1]!; j++)
              expected.set(full.skus[nb.items[j]!]!, nb.weights[j]!)
          expect(new Set(merged.map((n) => n.sku))).toEqual(new Set(expected.keys()))
          for (const n of merged) expect(n.weight).toBeCloseTo(expected.get(n.sku)!, 5)
        }
      }),
      { numRuns: 60 },
    )
  })
})
