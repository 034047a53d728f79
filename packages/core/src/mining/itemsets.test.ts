import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createFimiBasketReader } from '../ingest/fimi-baskets.js'
import type { BasketSet } from './basket-set.js'
import { countItems } from './item-counts.js'
import { itemsetAt, itemsetIndex, mineItemsets } from './itemsets.js'
import { fromArrays } from './test-baskets.js'

/** Every itemset of 2..maxSize frequent items, counted by enumerating each kept basket's subsets. */
function bruteForce(set: BasketSet, minCount: number, maxSize: number, cap: number) {
  const all = countItems(set)
  const counts = new Map<string, number>()
  for (let b = 0; b < set.basketCount; b++) {
    const freq: number[] = []
    for (let k = set.offsets[b]!; k < set.offsets[b + 1]!; k++)
      if (all[set.items[k]!]! >= minCount) freq.push(set.items[k]!)
    if (freq.length > cap) continue
    const walk = (from: number, chosen: number[]): void => {
      if (chosen.length >= 2) {
        const key = chosen.join(',')
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
      if (chosen.length === maxSize) return
      for (let i = from; i < freq.length; i++) walk(i + 1, [...chosen, freq[i]!])
    }
    walk(0, [])
  }
  return new Map([...counts].filter(([, n]) => n >= minCount))
}

function mined(set: BasketSet, minCount: number, maxSize: number, cap: number) {
  const sets = mineItemsets(set, { minCount, maxSize, maxBasketItems: cap })
  const out = new Map<string, number>()
  for (let s = 0; s < sets.counts.length; s++)
    out.set(itemsetAt(sets, s).join(','), sets.counts[s]!)
  return { sets, out }
}

describe('mineItemsets', () => {
  it('finds exactly the itemsets a brute-force enumeration finds, with their counts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 9 }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 2, max: 10 }),
        (raw, minCount, maxSize, cap) => {
          const set = fromArrays(raw)
          const { sets, out } = mined(set, minCount, maxSize, cap)
          expect(out).toEqual(bruteForce(set, minCount, maxSize, cap))
          expect(sets.truncated).toBe(false)
          let kept = 0
          for (let b = 0; b < set.basketCount; b++) {
            let n = 0
            for (let k = set.offsets[b]!; k < set.offsets[b + 1]!; k++)
              if (countItems(set)[set.items[k]!]! >= minCount) n++
            if (n <= cap) kept++
          }
          expect(sets.basketCount).toBe(kept)
          expect(sets.skippedBaskets).toBe(set.basketCount - kept)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('lists sizes ascending, each in lexicographic order, and indexes them', () => {
    const set = fromArrays([
      [1, 2, 3],
      [1, 2, 3],
      [1, 2],
      [2, 3],
    ])
    const sets = mineItemsets(set, { minCount: 2 })
    const names = Array.from(sets.counts, (_, s) => itemsetAt(sets, s).map((i) => set.skus[i]))
    expect(names).toEqual([
      ['1', '2'],
      ['1', '3'],
      ['2', '3'],
      ['1', '2', '3'],
    ])
    expect(Array.from(sets.counts)).toEqual([3, 2, 3, 2])
    expect(itemsetIndex(sets).get(itemsetAt(sets, 3).join(','))).toBe(3)
    expect(sets.completeSize).toBe(4)
  })

  it('stays small on 30 baskets of 60 shared items (the per-basket cap) and stops at the guard', () => {
    const big = Array.from({ length: 30 }, () => Array.from({ length: 60 }, (_, i) => i))
    const capped = mineItemsets(fromArrays(big), { minCount: 2, maxBasketItems: 50 })
    expect(capped.skippedBaskets).toBe(30)
    expect(capped.counts.length).toBe(0)
    const guarded = mineItemsets(fromArrays(big), { minCount: 2, maxItemsets: 50_000 })
    // C(60,2) = 1,770 pairs and C(60,3) = 34,220 triples fit; C(60,4) = 487,635 quads do not.
    expect(guarded).toMatchObject({ truncated: true, completeSize: 3, skippedBaskets: 0 })
    expect(guarded.counts.length).toBe(1770 + 34_220)
  })
})

const RETAIL = fileURLToPath(
  new URL('../../../../../shared/datasets/fimi/retail.dat.gz', import.meta.url),
)

describe.runIf(existsSync(RETAIL))('mineItemsets on retail.dat', () => {
  it('finds the README counts at absolute support 89: 3,260 pairs, 7,171 itemsets of size ≤ 3', () => {
    const reader = createFimiBasketReader({ file: 'retail.dat' })
    reader.push(gunzipSync(readFileSync(RETAIL)))
    const { baskets } = reader.end()
    const sets = mineItemsets(baskets, { minCount: 89, maxSize: 4, maxBasketItems: 1_000 })
    expect(sets.skippedBaskets).toBe(0)
    let singles = 0
    for (const n of sets.itemCounts) if (n >= 89) singles++
    const bySize = [0, 0, 0, 0, 0]
    for (let s = 0; s < sets.counts.length; s++) bySize[sets.offsets[s + 1]! - sets.offsets[s]!]!++
    expect(bySize[2]).toBe(3260)
    expect(singles + bySize[2]! + bySize[3]!).toBe(7171)
    expect(sets.truncated).toBe(false)
  }, 60_000)
})
