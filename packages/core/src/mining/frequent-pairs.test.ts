import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../util/rng.js'
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

  it('counts the pairs of frequent items by hand, whatever their order in the baskets', () => {
    // Item 3 is the most frequent; items 1 and 2 are each paired with it in both orders.
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

  it('counts past 65,535 when two items are that frequent, and below it with one', () => {
    const many = (n: number, basket: number[]): number[][] =>
      Array.from({ length: n }, () => basket)
    const both = countFrequentPairs(fromArrays(many(70_000, [1, 2])), { minSupport: 0.5 })
    expect(Array.from(both.counts)).toEqual([70_000])
    const one = fromArrays([...many(70_000, [1]), ...many(65_535, [1, 2]), [3]])
    const pairs = countFrequentPairs(one, { minSupport: 0.3 })
    expect(Array.from(pairs.counts)).toEqual([65_535])
    expect([one.skus[pairs.a[0]!], one.skus[pairs.b[0]!]]).toEqual(['1', '2'])
  })

  it('counts a table too large for the caches in 16-bit cells as exactly as sparse rows', () => {
    // 1,100 items, all frequent at one basket: 604,450 cells; one pair in 300 baskets.
    const rng = mulberry32(7)
    const raw = Array.from({ length: 3000 }, () =>
      Array.from({ length: 1 + rng.below(9) }, () => rng.below(1100)),
    )
    raw.push(Array.from({ length: 1100 }, (_, i) => i))
    for (let i = 0; i < 300; i++) raw.push([5, 6])
    const set = fromArrays(raw)
    const dense = countFrequentPairs(set, { minSupport: 1e-9 })
    const sparse = countFrequentPairs(set, { minSupport: 1e-9, maxDenseCells: 0 })
    expect(dense.frequentItems).toBe(1100)
    expect(dense.counts.reduce((m, c) => Math.max(m, c), 0)).toBeGreaterThan(300)
    const pairs = (p: typeof dense): string[] =>
      Array.from(p.a, (a, k) => `${a},${p.b[k]},${p.counts[k]}`).sort()
    expect(pairs(dense)).toEqual(pairs(sparse))
    expect(dense.increments).toBe(sparse.increments)
  })

  it('refuses item counts of another length than the vocabulary', () => {
    const set = fromArrays([[1, 2]])
    expect(() =>
      countFrequentPairs(set, { minSupport: 0.5, itemCounts: new Float64Array(1) }),
    ).toThrow(/itemCounts/)
  })
})
