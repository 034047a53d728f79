import { describe, expect, it } from 'vitest'
import { BasketSetBuilder } from '../../mining/basket-set.js'
import { mulberry32 } from '../../util/rng.js'
import { popularityRecommender } from '../baselines/popularity.js'
import { runBasketCompletion } from './basket-completion.js'

describe('runBasketCompletion', () => {
  it('trains on train baskets only and scores each hidden item', () => {
    const b = new BasketSetBuilder()
    b.addOrder({
      id: '1',
      customerId: 'u',
      orderedAt: 1,
      lines: [
        { sku: 'a', quantity: 1, unitPrice: 100 },
        { sku: 'b', quantity: 1, unitPrice: 300 },
      ],
    })
    b.addSkus(['a', 'c'], 2)
    b.addSkus(['a', 'b', 'c'], 3)
    b.addSkus(['a', 'b'], 4)
    const set = b.build()
    let trainBaskets = -1
    const result = runBasketCompletion({
      baskets: set,
      split: { train: Int32Array.of(0, 1), test: Int32Array.of(2, 3) },
      rng: mulberry32(3),
      ks: [1, 2],
      methods: [
        {
          name: 'fixed',
          factory: (train) => {
            trainBaskets = train.basketCount
            return () => ['a', 'b', 'c']
          },
        },
        { name: 'popularity', factory: popularityRecommender },
      ],
    })
    expect(trainBaskets).toBe(2)
    expect(result.queries.map((q) => q.basket)).toEqual([2, 3])
    expect(result.metricNames).toContain('Revenue@2')
    const fixed = result.methods[0]!.metrics
    result.queries.forEach((q, j) => {
      const rank = ['a', 'b', 'c'].indexOf(q.hidden) + 1
      expect(fixed['HR@1']![j]).toBe(rank === 1 ? 1 : 0)
      expect(fixed['HR@2']![j]).toBe(rank <= 2 ? 1 : 0)
      expect(fixed['Recall@2']![j]).toBe(fixed['HR@2']![j])
      expect(fixed['NDCG@2']![j]).toBeCloseTo(rank <= 2 ? 1 / Math.log2(rank + 1) : 0, 12)
      expect(fixed['MRR@2']![j]).toBe(rank <= 2 ? 1 / rank : 0)
      const price = { a: 100, b: 300, c: 0 }[q.hidden]!
      expect(fixed['Revenue@2']![j]).toBe(rank <= 2 ? price : 0)
    })
    expect(result.methods[1]!.name).toBe('popularity')
  })
})
