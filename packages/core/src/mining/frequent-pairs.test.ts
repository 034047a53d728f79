import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countFrequentPairs } from './frequent-pairs.js'
import { countItems } from './item-counts.js'
import { fromArrays } from './test-baskets.js'

const basketsArb = fc.array(
  fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 0, maxLength: 25 }),
  { minLength: 1, maxLength: 60 },
)

describe('countFrequentPairs', () => {
  it('gives the same pairs with precomputed item counts and longest basket, dense or sparse', () => {
    fc.assert(
      fc.property(
        basketsArb,
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.boolean(),
        (raw, minSupport, dense) => {
          const set = fromArrays(raw)
          const maxDenseCells = dense ? 1 << 20 : 0
          let longest = 0
          for (let b = 0; b < set.basketCount; b++) {
            longest = Math.max(longest, set.offsets[b + 1]! - set.offsets[b]!)
          }
          const plain = countFrequentPairs(set, { minSupport, maxDenseCells })
          const given = countFrequentPairs(set, {
            minSupport,
            maxDenseCells,
            itemCounts: countItems(set),
            maxBasketLength: longest,
          })
          expect(given).toEqual(plain)
          for (let k = 0; k < plain.a.length; k++) expect(plain.a[k]!).toBeLessThan(plain.b[k]!)
        },
      ),
    )
  })

  it('counts pairs among items ranked by frequency as item indices', () => {
    // Item 3 is the most frequent but has the highest index.
    const set = fromArrays([[1, 2, 3], [2, 3], [3, 1], [3, 2], [3]])
    const pairs = countFrequentPairs(set, { minSupport: 0.4 })
    const found = Array.from(pairs.a, (a, k) => [
      set.skus[a],
      set.skus[pairs.b[k]!],
      pairs.counts[k],
    ])
    expect(found.sort()).toEqual([
      ['1', '3', 2],
      ['2', '3', 3],
    ])
    expect(pairs).toMatchObject({ minCount: 2, frequentItems: 3, increments: 6 })
  })

  it('refuses item counts of another length than the vocabulary', () => {
    const set = fromArrays([[1, 2]])
    expect(() =>
      countFrequentPairs(set, { minSupport: 0.5, itemCounts: new Float64Array(1) }),
    ).toThrow(/itemCounts/)
  })
})
