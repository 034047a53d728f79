import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countCooccurrence, pairCount } from './cooccurrence.js'
import { countFrequentPairs } from './frequent-pairs.js'
import { fromArrays } from './test-baskets.js'

const basketsArb = fc.array(
  fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 0, maxLength: 9 }),
  {
    minLength: 1,
    maxLength: 60,
  },
)

/** Brute-force pair counts over distinct items per basket. */
function bruteForce(baskets: number[][], maxSize = Number.POSITIVE_INFINITY): Map<string, number> {
  const counts = new Map<string, number>()
  for (const raw of baskets) {
    const items = [...new Set(raw)].sort((a, b) => a - b)
    if (items.length > maxSize) continue
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const key = `${items[i]},${items[j]}`
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
    }
  }
  return counts
}

describe('countCooccurrence', () => {
  it('equals a brute-force count, symmetric, for random baskets', () => {
    fc.assert(
      fc.property(basketsArb, (baskets) => {
        const set = fromArrays(baskets)
        const co = countCooccurrence(set, {})
        const expected = bruteForce(baskets)
        const ix = (n: number): number => set.skus.indexOf(String(n))
        for (const [key, n] of expected) {
          const [a, b] = key.split(',').map(Number) as [number, number]
          expect(pairCount(co, ix(a), ix(b))).toBe(n)
          expect(pairCount(co, ix(b), ix(a))).toBe(n)
        }
        // no phantom pairs: the stored entries add up to twice the expected total
        const total = [...expected.values()].reduce((s, n) => s + n, 0)
        expect(co.counts.reduce((s, n) => s + n, 0)).toBe(2 * total)
      }),
    )
  })

  it('leaves baskets above maxBasketSize out of pairs but not out of item counts', () => {
    const baskets = [
      [1, 2],
      [1, 2, 3, 4, 5],
    ]
    const set = fromArrays(baskets)
    const co = countCooccurrence(set, { maxBasketSize: 3 })
    const ix = (n: number): number => set.skus.indexOf(String(n))
    expect(pairCount(co, ix(1), ix(2))).toBe(1)
    expect(pairCount(co, ix(3), ix(4))).toBe(0)
    expect(co.itemCounts[ix(1)]).toBe(2)
    expect(co.skippedBaskets).toBe(1)
  })

  it('weights pairs by basket weights (time decay)', () => {
    const set = fromArrays([
      [1, 2],
      [1, 2],
      [1, 3],
    ])
    const co = countCooccurrence(set, { basketWeights: Float64Array.from([1, 0.5, 0.25]) })
    const ix = (n: number): number => set.skus.indexOf(String(n))
    expect(pairCount(co, ix(1), ix(2))).toBeCloseTo(1.5)
    expect(co.itemCounts[ix(1)]).toBeCloseTo(1.75)
    expect(co.basketTotal).toBeCloseTo(1.75)
  })
})

describe('countFrequentPairs', () => {
  it('finds exactly the brute-force pairs at or above the minimum count, dense or sparse', () => {
    fc.assert(
      fc.property(
        basketsArb,
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.boolean(),
        (baskets, minSupport, dense) => {
          const set = fromArrays(baskets)
          const result = countFrequentPairs(set, { minSupport, maxDenseCells: dense ? 1 << 20 : 0 })
          const nonEmpty = set.basketCount
          const minCount = Math.max(1, Math.ceil(minSupport * nonEmpty - 1e-9))
          expect(result.minCount).toBe(minCount)
          const expected = [...bruteForce(baskets)].filter(([, n]) => n >= minCount)
          const got = new Map<string, number>()
          for (let k = 0; k < result.a.length; k++) {
            const a = Number(set.skus[result.a[k]!])
            const b = Number(set.skus[result.b[k]!])
            got.set(a < b ? `${a},${b}` : `${b},${a}`, result.counts[k]!)
          }
          expect(new Map(expected)).toEqual(got)
        },
      ),
    )
  })
})
