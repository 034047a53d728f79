import { describe, expect, it } from 'vitest'
import { gpTopFreqRecommender } from '../baselines/gp-top-freq.js'
import { pTopFreqRecommender } from '../baselines/p-top-freq.js'
import { runNextBasket } from './next-basket.js'

describe('runNextBasket', () => {
  const data = {
    histories: new Map([
      ['1', [['a', 'b'], ['a']]],
      ['2', [['c'], ['c', 'd']]],
      ['3', [['e']]],
    ]),
    futures: new Map([
      ['1', ['a', 'x', 'y']],
      ['2', ['d']],
      ['3', []],
    ]),
  }
  it('scores the future basket of test users against history-trained methods', () => {
    let trained = 0
    const result = runNextBasket({
      data,
      folds: [{ name: 'f', testUsers: ['1', '2', '3'] }],
      ks: [1, 2],
      methods: [
        { name: 'P', factory: pTopFreqRecommender },
        {
          name: 'GP',
          factory: (train, histories) => {
            trained = train.basketCount
            return gpTopFreqRecommender(train, histories)
          },
        },
      ],
    })
    expect(trained).toBe(5)
    const fold = result.folds[0]!
    expect(fold.users).toEqual(['1', '2']) // user 3 has an empty future
    const p = fold.methods[0]!.metrics
    // user 1: [a, b] vs {a, x, y}: Recall@1 = 1/3, NDCG@1 = 1 / (1 + 1/log2 3 + 1/2)
    expect(p['Recall@1']![0]).toBeCloseTo(1 / 3, 12)
    expect(p['NDCG@1']![0]).toBeCloseTo(1 / (1 + 1 / Math.log2(3) + 0.5), 12)
    expect(p['PHR@2']![0]).toBe(1)
    // user 2: [c, d] vs {d}: miss at 1, hit at 2
    expect(p['Recall@1']![1]).toBe(0)
    expect(p['Recall@2']![1]).toBe(1)
    expect(p['NDCG@2']![1]).toBeCloseTo(1 / Math.log2(3), 12)
    expect(p['MRR@2']![1]).toBe(0.5)
  })
})
