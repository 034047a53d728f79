import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Candidate } from '../../rules/candidate.js'
import { testCandidate } from '../../rules/test-candidate.js'
import { applyGuards } from './apply.js'
import { coversCost } from './covers-cost.js'
import { dismissedRecently } from './dismissed.js'
import { frequencyCap } from './frequency-cap.js'
import { notInCart } from './in-cart.js'
import { inStock } from './out-of-stock.js'
import { notOwned } from './owned.js'
import { placementCap } from './placement-cap.js'
import { relevanceFloor } from './relevance-floor.js'
import { timing } from './timing.js'
import type { GuardContext } from './types.js'

const DAY = 86_400_000
const AT = 100 * DAY

const cand = (sku: string, more: Partial<Candidate> = {}): Candidate =>
  testCandidate(sku, { score: 1, strength: 0.3, ...more })

function ctx(more: Partial<GuardContext> = {}): Omit<GuardContext, 'kept'> {
  return {
    placement: 'cart',
    at: AT,
    cart: ['A'],
    customer: 'c1',
    session: 's1',
    impressions: [],
    feedback: [],
    owned: new Set(),
    ...more,
  }
}

const run = (g: Parameters<typeof applyGuards>[0], cs: Candidate[], c = ctx()) =>
  applyGuards(g, cs, c)

describe('guards', () => {
  it('relevance floor drops weak associations of the guarded kinds only', () => {
    const r = run(
      [relevanceFloor(0.1)],
      [cand('W', { strength: 0.05 }), cand('P', { kind: 'popular', strength: 0 }), cand('S')],
    )
    expect(r.kept.map((c) => c.sku)).toEqual(['P', 'S'])
    expect(r.dropped).toEqual([
      {
        sku: 'W',
        guard: 'relevance_floor',
        reason: 'below_floor',
        detail: { strength: 0.05, floor: 0.1 },
      },
    ])
  })

  it('timing: no upsell before a choice, and only the kinds a placement allows', () => {
    const up = cand('U', { kind: 'upsell' })
    expect(run([timing()], [up], ctx({ placement: 'product', cart: [] })).dropped[0]?.reason).toBe(
      'upsell_before_choice',
    )
    expect(
      run([timing()], [up], ctx({ placement: 'product', cart: [], viewed: 'V' })).kept,
    ).toHaveLength(1)
    // the checkout pop-up may upsell what is in the cart (PRODUCT.md), but it asks for no reorders
    expect(run([timing()], [up], ctx({ placement: 'checkout', cart: ['A'] })).kept).toHaveLength(1)
    const reorder = cand('R', { kind: 'reorder' })
    expect(
      run([timing()], [reorder], ctx({ placement: 'checkout', cart: ['A'] })).dropped[0]?.reason,
    ).toBe('kind_not_allowed')
    const bundle = cand('B', { kind: 'bundle' })
    expect(run([timing()], [bundle], ctx({ placement: 'thank_you' })).dropped[0]?.guard).toBe(
      'timing',
    )
  })

  it('frequency cap counts impressions across placements within the window plus kept offers', () => {
    const impressions = [
      { sku: 'X', placement: 'product' as const, at: AT - 1000, customer: 'c1' },
      { sku: 'Y', placement: 'thank_you' as const, at: AT - 2000, customer: 'c1' },
      { sku: 'Z', placement: 'cart' as const, at: AT - 2 * DAY, customer: 'c1' },
      { sku: 'Z', placement: 'cart' as const, at: AT - 1000, customer: 'other' },
    ]
    const g = frequencyCap({ customer: { max: 3, windowMs: DAY } })
    const r = run([g], [cand('B'), cand('C')], ctx({ impressions }))
    expect(r.kept.map((c) => c.sku)).toEqual(['B'])
    expect(r.dropped[0]).toMatchObject({
      sku: 'C',
      reason: 'customer_cap',
      detail: { seen: 3, max: 3 },
    })
    const s = frequencyCap({ session: { max: 1, windowMs: DAY } })
    expect(run([s], [cand('B'), cand('C')]).dropped[0]).toMatchObject({
      sku: 'C',
      reason: 'session_cap',
    })
  })

  it('dismissed or declined items stay away for N days, from the event on', () => {
    const feedback = [
      { sku: 'D', kind: 'dismissed' as const, at: AT - 6 * DAY, customer: 'c1' },
      { sku: 'E', kind: 'declined' as const, at: AT - 7 * DAY, customer: 'c1' },
      { sku: 'F', kind: 'declined' as const, at: AT + 1, customer: 'c1' },
      { sku: 'G', kind: 'dismissed' as const, at: AT, session: 's1' },
    ]
    const r = run(
      [dismissedRecently(7)],
      ['D', 'E', 'F', 'G'].map((s) => cand(s)),
      ctx({ feedback }),
    )
    expect(r.kept.map((c) => c.sku)).toEqual(['E', 'F'])
    expect(r.dropped.map((d) => d.reason)).toEqual(['dismissed', 'dismissed'])
  })

  it('owned, out of stock, unlisted, in cart and viewed items are dropped', () => {
    const cs = [
      cand('O'),
      cand('S', { stock: 0 }),
      cand('L', { listed: false }),
      cand('A'),
      cand('V'),
      cand('K', { stock: 2 }),
    ]
    const r = run([notOwned, inStock, notInCart], cs, ctx({ owned: new Set(['O']), viewed: 'V' }))
    expect(r.kept.map((c) => c.sku)).toEqual(['K'])
    expect(r.dropped.map((d) => `${d.sku}:${d.guard}:${d.reason}`)).toEqual([
      'O:owned:owned_durable',
      'S:out_of_stock:out_of_stock',
      'L:out_of_stock:unlisted',
      'A:in_cart:in_cart',
      'V:in_cart:in_cart',
    ])
  })

  it('placement cap keeps the first N', () => {
    const r = run(
      [placementCap({ cart: 2 })],
      ['a', 'b', 'c'].map((s) => cand(s)),
    )
    expect(r.kept.map((c) => c.sku)).toEqual(['a', 'b'])
    expect(run([placementCap({ checkout: 1 })], [cand('a'), cand('b')]).kept).toHaveLength(2)
  })

  it('the extra profit must cover the discount and incentive', () => {
    const cs = [
      cand('ok', { discount: 300, incentiveCost: 100 }), // 1000 − 600 − 400 = 0
      cand('no', { discount: 300, incentiveCost: 101 }), // −1
      cand('unk', { cost: undefined, discount: 1 }),
      cand('free', { cost: undefined }),
    ]
    const r = run([coversCost()], cs)
    expect(r.kept.map((c) => c.sku)).toEqual(['ok', 'free'])
    expect(r.dropped).toEqual([
      {
        sku: 'no',
        guard: 'covers_cost',
        reason: 'offer_costs_more',
        detail: { profit: -1, giveaway: 401, minProfit: 0 },
      },
      { sku: 'unk', guard: 'covers_cost', reason: 'cost_unknown', detail: { giveaway: 1 } },
    ])
  })
})

const SKUS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
const arbCandidates = fc.uniqueArray(fc.constantFrom(...SKUS), { maxLength: 8 }).chain((skus) =>
  fc.tuple(
    ...skus.map((s) =>
      fc
        .record({
          stock: fc.option(fc.integer({ min: -2, max: 3 }), { nil: undefined }),
          listed: fc.boolean(),
        })
        .map((f) => cand(s, f)),
    ),
  ),
)
const arbImpressions = fc.array(
  fc.record({
    sku: fc.constantFrom(...SKUS),
    placement: fc.constantFrom('cart' as const, 'product' as const, 'thank_you' as const),
    at: fc.integer({ min: AT - 3 * DAY, max: AT + DAY }),
    customer: fc.constantFrom('c1', 'c2'),
  }),
  { maxLength: 10 },
)
const arbFeedback = fc.array(
  fc.record({
    sku: fc.constantFrom(...SKUS),
    kind: fc.constantFrom('dismissed' as const, 'declined' as const),
    at: fc.integer({ min: AT - 20 * DAY, max: AT + DAY }),
    customer: fc.constantFrom('c1', 'c2'),
  }),
  { maxLength: 10 },
)

describe('guard invariants (property)', () => {
  it('no out-of-stock, unlisted or in-cart item survives; at most the cap; no recent dismissal; customer cap held', () => {
    fc.assert(
      fc.property(
        arbCandidates,
        fc.subarray(SKUS),
        fc.integer({ min: 0, max: 5 }),
        arbImpressions,
        arbFeedback,
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 15 }),
        (cs, cart, cap, impressions, feedback, freq, days) => {
          const c = ctx({ cart, impressions, feedback })
          const g = [
            notInCart,
            inStock,
            dismissedRecently(days),
            frequencyCap({ customer: { max: freq, windowMs: DAY } }),
            placementCap({ cart: cap }),
          ]
          const { kept, dropped } = applyGuards(g, cs, c)
          expect(kept.length + dropped.length).toBe(cs.length)
          expect(kept.length).toBeLessThanOrEqual(cap)
          const seen = impressions.filter(
            (i) => i.customer === 'c1' && i.at <= AT && i.at > AT - DAY,
          ).length
          expect(seen + kept.length).toBeLessThanOrEqual(Math.max(freq, seen))
          for (const k of kept) {
            expect(cart).not.toContain(k.sku)
            expect(k.listed).toBe(true)
            if (k.stock !== undefined) expect(k.stock).toBeGreaterThan(0)
            for (const e of feedback)
              if (e.sku === k.sku && e.customer === 'c1')
                expect(e.at <= AT && AT < e.at + days * DAY).toBe(false)
          }
        },
      ),
    )
  })
})
