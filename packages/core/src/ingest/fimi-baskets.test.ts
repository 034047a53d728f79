import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countItems } from '../mining/item-counts.js'
import { fromArrays } from '../mining/test-baskets.js'
import { createFimiBasketReader, type FimiBasketReaderOptions } from './fimi-baskets.js'

function read(text: string, chunk: number, options: FimiBasketReaderOptions = {}) {
  const bytes = new TextEncoder().encode(text)
  const reader = createFimiBasketReader(options)
  for (let i = 0; i < bytes.length; i += chunk) reader.push(bytes.subarray(i, i + chunk))
  return reader.end()
}

const basketsArb = fc.array(
  fc.array(fc.integer({ min: 0, max: 700 }), { minLength: 0, maxLength: 40 }),
  { maxLength: 80 },
)

describe('createFimiBasketReader', () => {
  it('maps ids to indices by first appearance, sorts and de-duplicates baskets', () => {
    const { baskets, issues, itemCounts, maxBasketLength } = read('7 3 7\n\n3 9\n1 x\n9', 4)
    expect(issues).toHaveLength(1)
    expect(baskets.skus).toEqual(['7', '3', '9'])
    expect(baskets.basketCount).toBe(3)
    expect(Array.from(baskets.offsets)).toEqual([0, 2, 4, 5])
    expect(Array.from(baskets.items)).toEqual([0, 1, 1, 2, 2])
    expect(Array.from(itemCounts)).toEqual([1, 2, 2])
    expect(maxBasketLength).toBe(2)
  })

  it('indexes ids up to 2^31 − 1 without a table that large', () => {
    const { baskets, itemCounts } = read('2147483647 5 4194304\n5 2147483647\n', 7)
    expect(baskets.skus).toEqual(['2147483647', '5', '4194304'])
    expect(Array.from(baskets.items)).toEqual([0, 1, 2, 0, 1])
    expect(Array.from(itemCounts)).toEqual([2, 2, 1])
  })

  it('reads what the basket-set builder builds, and counts items and the longest basket', () => {
    fc.assert(
      fc.property(
        basketsArb,
        fc.integer({ min: 1, max: 64 }),
        fc.constantFrom('none', 'exact', 'short', 'long'),
        (raw, chunk, hint) => {
          const text = raw.map((b) => b.join(' ')).join('\n')
          const size = new TextEncoder().encode(text).length
          const expectedBytes = { none: undefined, exact: size, short: size >> 3, long: size * 3 }[
            hint
          ]
          const { baskets, issues, itemCounts, maxBasketLength } = read(
            text,
            chunk,
            expectedBytes === undefined ? {} : { expectedBytes },
          )
          const expected = fromArrays(raw)
          expect(issues).toEqual([])
          expect(baskets.skus).toEqual(expected.skus)
          expect(baskets.basketCount).toBe(expected.basketCount)
          expect(Array.from(baskets.offsets)).toEqual(Array.from(expected.offsets))
          expect(Array.from(baskets.items)).toEqual(Array.from(expected.items))
          expect(Array.from(itemCounts)).toEqual(Array.from(countItems(expected)))
          let longest = 0
          for (let b = 0; b < expected.basketCount; b++) {
            longest = Math.max(longest, expected.offsets[b + 1]! - expected.offsets[b]!)
          }
          expect(maxBasketLength).toBe(longest)
        },
      ),
      { numRuns: 300 },
    )
  })
})
