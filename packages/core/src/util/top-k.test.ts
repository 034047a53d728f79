import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { topK } from './top-k.js'

describe('topK', () => {
  it('returns the k best ids, best first, ties to the smaller id', () => {
    const scores = [0.5, 0.9, 0.1, 0.9, 0.3]
    expect([...topK([0, 1, 2, 3, 4], 5, scores, 3)]).toEqual([1, 3, 0])
    expect([...topK([4, 2], 2, scores, 5)]).toEqual([4, 2])
    expect(topK([1, 2], 2, scores, 0).length).toBe(0)
  })
  it('agrees with a full sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 80 }),
        fc.integer({ min: 0, max: 30 }),
        (raw, k) => {
          const scores = raw
          const ids = raw.map((_, i) => i)
          const expected = [...ids].sort((x, y) => scores[y]! - scores[x]! || x - y).slice(0, k)
          expect([...topK(ids, ids.length, scores, k)]).toEqual(expected)
        },
      ),
    )
  })
})
