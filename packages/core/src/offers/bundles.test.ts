import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mineItemsets } from '../mining/itemsets.js'
import { fromArrays } from '../mining/test-baskets.js'
import { describeReason } from '../ranking/explain.js'
import { type BundleCatalog, type BundleSource, bundleOffers, bundleSource } from './bundles.js'
import { priceBundle } from './bundles-price.js'

const maybeCost = fc.oneof(fc.constant(Number.NaN), fc.integer({ min: 0, max: 20_000 }))

function catalogOf(skus: readonly string[], prices: number[], costs: number[]): BundleCatalog {
  return { skus, itemIndex: new Map(skus.map((s, i) => [s, i])), prices, costs }
}

describe('priceBundle', () => {
  it('keeps the margin floor, never exceeds the full price, and gives no discount without cost', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 30_000 }), maybeCost), {
          minLength: 2,
          maxLength: 4,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (lines, pct, floor) => {
          const costs = lines.map(([, c]) => c)
          const price = priceBundle(
            lines.map(([p]) => p),
            costs,
            pct,
            floor,
          )
          const full = lines.reduce((t, [p]) => t + p, 0)
          const cost = costs.reduce((t, c) => t + c, 0)
          if (!price) {
            expect((full - cost) / full).toBeLessThan(floor)
            return
          }
          expect(price.bundle).toBeLessThanOrEqual(price.full)
          expect(price.saving).toBe(price.full - price.bundle)
          expect(Number.isInteger(price.bundle)).toBe(true)
          if (Number.isNaN(cost)) {
            expect(price).toMatchObject({ saving: 0, marginAfter: null, cappedByMargin: false })
          } else {
            expect(price.marginAfter!).toBeGreaterThanOrEqual(floor)
            expect(price.bundle).toBeGreaterThanOrEqual(Math.round(full * (1 - pct)))
          }
        },
      ),
      { numRuns: 500 },
    )
  })

  it('cuts a 30 % discount to the floor: 100 + 50 at cost 90 keeps 20 %', () => {
    // Floor price: smallest p with (p − 90) / p ≥ 0.2 → p = 112.5 → 113.
    expect(priceBundle([100, 50], [60, 30], 0.3, 0.2)).toEqual({
      full: 150,
      bundle: 113,
      saving: 37,
      marginAfter: (113 - 90) / 113,
      cappedByMargin: true,
    })
    expect(priceBundle([100, 50], [60, 30], 0.1, 0.2)).toMatchObject({
      bundle: 135,
      cappedByMargin: false,
    })
    expect(priceBundle([100, 50], [90, 40], 0.1, 0.2)).toBeUndefined() // 13 % at full price
    expect(priceBundle([100, Number.NaN], [1, 1], 0.1, 0.2)).toBeUndefined()
  })
})

describe('bundleOffers', () => {
  it('holds the invariants over random baskets, prices, costs and declared bundles', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 6 }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5000 }), maybeCost), {
          minLength: 8,
          maxLength: 8,
        }),
        fc.array(fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 5 }), {
          maxLength: 3,
        }),
        fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 3 }),
        fc.double({ min: 0, max: 0.8, noNaN: true }),
        (raw, lines, declared, cart, floor) => {
          const set = fromArrays([...raw, [0, 1, 2, 3, 4, 5, 6, 7]])
          const byIndex = set.skus.map((s) => lines[Number(s)]!)
          const catalog = catalogOf(
            set.skus,
            byIndex.map(([p]) => p),
            byIndex.map(([, c]) => c),
          )
          const source = bundleSource(mineItemsets(set, { minCount: 2 }))
          const offers = bundleOffers(
            cart.map(String),
            source,
            catalog,
            declared.map((d, k) => ({ id: `d${k}`, skus: d.map(String), discountPct: 0.5 })),
            { marginFloor: floor, discountPct: 0.4, limit: 50 },
          )
          for (const { reason: r, source: from } of offers) {
            expect(new Set(r.items).size).toBe(r.items.length)
            expect(r.items.length).toBeGreaterThanOrEqual(2)
            expect(r.bundle_price).toBeLessThanOrEqual(r.full_price)
            expect(r.items).toContain(r.anchor)
            const costs = r.items.map((s) => catalog.costs[catalog.itemIndex.get(s)!]!)
            if (costs.some(Number.isNaN)) {
              expect(r.saving).toBe(0)
              expect(r.margin_after).toBeNull()
            } else expect(r.margin_after!).toBeGreaterThanOrEqual(floor)
            if (from === 'mined') {
              expect(r.orders).toBeGreaterThanOrEqual(2)
              expect(r.lift).toBeGreaterThan(1)
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('answers the same with a source prepared with the prices, and ignores it for other prices', () => {
    // Wide baskets: a popular anchor sits in hundreds of itemsets, so the per-anchor reading
    // window is full and unpriced itemsets inside it matter.
    const price = fc.oneof(
      fc.integer({ min: 1, max: 5000 }),
      fc.constantFrom(Number.NaN, 0, Number.POSITIVE_INFINITY),
    )
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 24 }), { maxLength: 9 }), {
          minLength: 20,
          maxLength: 120,
        }),
        fc.array(price, { minLength: 25, maxLength: 25 }),
        fc.array(price, { minLength: 25, maxLength: 25 }),
        fc.array(fc.integer({ min: 0, max: 24 }), { minLength: 1, maxLength: 3 }),
        (raw, prices, otherPrices, cart) => {
          const set = fromArrays([...raw, Array.from({ length: 25 }, (_, i) => i)])
          const sets = mineItemsets(set, { minCount: 2 })
          const catalog = (ps: number[]) =>
            catalogOf(
              set.skus,
              set.skus.map((s) => ps[Number(s)]!),
              set.skus.map(() => Number.NaN),
            )
          const ask = (source: BundleSource, c: BundleCatalog) =>
            bundleOffers(cart.map(String), source, c, [], { limit: 50, minLift: 0 })
          const mine = catalog(prices)
          const prepared = bundleSource(sets, mine.prices)
          expect(ask(prepared, mine)).toEqual(ask(bundleSource(sets), mine))
          const other = catalog(otherPrices)
          expect(ask(prepared, other)).toEqual(ask(bundleSource(sets), other))
        },
      ),
      { numRuns: 150 },
    )
  })

  it('offers the bundle a viewed item is bought in, with its evidence and sentence', () => {
    const set = fromArrays([[1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2], [4], [4], [5, 4], [3, 5]])
    const prices = set.skus.map(() => 1000)
    const costs = set.skus.map((s) => (s === '5' ? Number.NaN : 500))
    const offers = bundleOffers(
      ['1'],
      bundleSource(mineItemsets(set, { minCount: 3 })),
      catalogOf(set.skus, prices, costs),
      [{ id: 'kit', skus: ['1', '5', '5'] }],
    )
    expect(offers.map((o) => o.id)).toEqual(['kit', 'fbt:1+2', 'fbt:1+2+3'])
    expect(offers[0]!.reason).toMatchObject({
      items: ['1', '5'],
      saving: 0,
      margin_after: null,
      orders: 0,
    })
    const triple = offers[2]!.reason
    // 3 of 4 orders with 1 hold 1+2+3; 2+3 is in 3 of 8 orders: lift = 0.75 / 0.375 = 2.
    expect(triple).toMatchObject({
      orders: 3,
      confidence: 0.75,
      lift: 2,
      full_price: 3000,
      bundle_price: 2700,
    })
    expect(describeReason(triple)).toBe(
      'Bundle: 1 + 2 + 3 for 27.00 instead of 30.00 (save 3.00); bought together in 3 orders, 75% of orders with 1, 2.0× more often than chance',
    )
    expect(describeReason(offers[0]!.reason)).toBe(
      'Bundle: 1 + 5 for 20.00 (no discount: cost unknown); a bundle from the store',
    )
  })
})
