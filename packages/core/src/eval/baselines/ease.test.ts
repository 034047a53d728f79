import { describe, expect, it } from 'vitest'
import { fromArrays } from '../../mining/test-baskets.js'
import { easeRecommender, easeWeights } from './ease.js'

describe('EASE', () => {
  it('has a zero diagonal and solves (G + λI)·B = G off the diagonal', () => {
    const train = fromArrays([
      [0, 1],
      [0, 1, 2],
      [1, 2],
      [2, 3],
      [0, 3],
    ])
    const lambda = 2
    const b = easeWeights(train, lambda)
    const m = train.skus.length
    for (let i = 0; i < m; i++) expect(b[i]![i]).toBe(0)
    // Steck's closed form satisfies (G + λI)B = G − diag(μ) for some μ: check off-diagonal entries.
    const g = (i: number, j: number): number => {
      let n = 0
      for (let t = 0; t < train.basketCount; t++) {
        const items = Array.from(train.items.subarray(train.offsets[t]!, train.offsets[t + 1]!))
        if (items.includes(i) && items.includes(j)) n++
      }
      return n + (i === j ? lambda : 0)
    }
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i === j) continue
        let sum = 0
        for (let k = 0; k < m; k++) sum += g(i, k) * b[k]![j]!
        expect(sum).toBeCloseTo(g(i, j), 9)
      }
    }
  })

  it('recommends the item that completes the pattern, never a cart item', () => {
    const train = fromArrays([
      [1, 2],
      [1, 2],
      [1, 2],
      [3, 4],
      [3, 4],
      [3, 1],
    ])
    const rec = easeRecommender(train, 1)
    const out = rec({ cart: ['1'], limit: 2 })
    expect(out[0]).toBe('2')
    expect(out).not.toContain('1')
  })
})
