import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Product } from '../../domain/product.js'
import type { RecommendRequest } from '../../domain/recommend-request.js'
import { trainModel } from '../../model/train.js'
import { LAPTOP_PRODUCTS, laptopBaskets } from '../../offers/test-catalog.js'
import { evaluateCart } from '../../offers/threshold-cart.js'
import { describeReason } from '../explain.js'
import { describeDrop } from '../explain-drop.js'
import { parseOfferSettings } from './parse-settings.js'
import { serveOffers } from './serve-offers.js'
import type { OfferSettings } from './settings.js'
import { settingsFromDocuments } from './settings-from-documents.js'

const DAY = 86_400_000
const NOW = Date.UTC(2024, 1, 1)

function model(products: readonly Product[] = LAPTOP_PRODUCTS) {
  return trainModel(laptopBaskets(), {
    products,
    association: { minPairCount: 1 },
    bundles: { minCount: 2 },
  })
}
const shop = model()

function settings(input: Record<string, unknown> = {}): OfferSettings {
  const r = parseOfferSettings({ assumed_cost_share: 0.6, ...input })
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}

const ask = (more: Partial<RecommendRequest> = {}): RecommendRequest => ({
  id: 'q',
  cart: ['L1'],
  placement: 'cart',
  limit: 10,
  ...more,
})

describe('serveOffers', () => {
  it('serves cross-sells with reasons, a mined bundle with a margin-safe price, never the cart', () => {
    const r = serveOffers(shop, ask(), settings(), { now: NOW })
    expect(r.offers.length).toBeGreaterThan(1)
    for (const o of r.offers) {
      expect(o.reasons.length).toBeGreaterThan(0)
      expect(o.sku).not.toBe('L1')
    }
    expect(r.offers[0]!.sku).toBe('BAG')
    const bundle = r.offers.find((o) => o.kind === 'bundle')!
    expect(bundle.items).toEqual(['L1', 'BAG'])
    const reason = bundle.reasons[0]!
    expect(reason).toMatchObject({ code: 'bundle', orders: 2, full_price: 93890 })
    if (reason.code !== 'bundle') throw new Error('bundle reason expected')
    // The laptop is in the cart already: 10 % off what the bundle adds (the 39.90 bag) = 3.99
    expect(reason.bundle_price).toBe(93491)
    expect(bundle.discount).toBe(399)
    expect(describeReason(reason)).toBe(
      'Bundle: L1 + BAG for 934.91 instead of 938.90 (save 3.99); bought together in 2 orders, 40% of orders with L1, 1.1× more often than chance',
    )
    // On the product page nothing is bought yet: 10 % off the whole bundle, 845.01; the cost
    // (60 % of each price) is 563.34, so the margin stays 33 % ≥ the 20 % floor
    const page = serveOffers(shop, ask({ placement: 'product' }), settings(), { now: NOW })
    const whole = page.offers.find((o) => o.kind === 'bundle')!.reasons[0]!
    expect(whole).toMatchObject({ code: 'bundle', bundle_price: 84501, saving: 9389 })
    if (whole.code === 'bundle') expect(whole.margin_after!).toBeGreaterThanOrEqual(0.2)
  })

  it('nudges toward the free-shipping threshold with an item that really crosses it', () => {
    const thresholds = {
      rule_sets: [
        {
          currency: 'USD',
          region: '*',
          tiers: [{ threshold: 93_000, reward: { kind: 'free_shipping' } }],
        },
      ],
    }
    const s = settings({ thresholds })
    const r = serveOffers(shop, ask(), s, { now: NOW })
    expect(r.thresholds?.next?.gap).toBe(3100)
    const gap = r.offers.find((o) => o.reasons.some((x) => x.code === 'threshold_gap'))!
    expect(gap).toBeDefined()
    const after = evaluateCart(s.thresholds!, {
      currency: 'USD',
      region: '*',
      lines: [
        { sku: 'L1', quantity: 1, unitPrice: 89900 },
        { sku: gap.sku, quantity: 1, unitPrice: gap.price! },
      ],
    })
    expect(after.next).toBeNull()
  })

  it('applies merchant rules and says which fired', () => {
    const rules = [
      { id: 'no-bags', kind: 'exclude', match: { skus: ['BAG'] } },
      { id: 'mouse-first', kind: 'pin', sku: 'MOUSE', position: 1 },
    ]
    const r = serveOffers(shop, ask(), settings({ rules }), { now: NOW })
    expect(r.offers.map((o) => o.sku)).not.toContain('BAG')
    expect(r.offers[0]!.sku).toBe('MOUSE')
    expect(r.offers[0]!.reasons).toContainEqual({
      code: 'merchant_rule',
      rule: 'mouse-first',
      effect: 'pinned',
    })
    expect(r.rules).toContainEqual({ rule: 'no-bags', effect: 'excluded', sku: 'BAG' })
  })

  it('keeps dismissed items away for the configured days and explains the drop', () => {
    const feedback = [{ sku: 'BAG', kind: 'dismissed' as const, at: NOW - DAY, customer: 'x' }]
    const r = serveOffers(shop, ask({ customer: 'x' }), settings(), { now: NOW, feedback })
    expect(r.offers.map((o) => o.sku)).not.toContain('BAG')
    const drop = r.dropped.find((d) => d.sku === 'BAG')!
    expect(describeDrop(drop)).toBe('Not shown: dismissed on 2024-01-31; it stays away for 30 days')
    const later = serveOffers(shop, ask({ customer: 'x' }), settings(), {
      now: NOW + 31 * DAY,
      feedback,
    })
    expect(later.offers[0]!.sku).toBe('BAG')
  })

  it('shows a limited-time discount only while it runs, with its real end', () => {
    const limited_time = [
      {
        id: 'bag-week',
        label: 'Bag week: 20% off',
        skus: ['BAG'],
        pct_off: 20,
        starts_at: '2024-01-29T00:00:00Z',
        ends_at: '2024-02-05T00:00:00Z',
      },
    ]
    const s = settings({ limited_time, bundles: { enabled: false } })
    const during = serveOffers(shop, ask(), s, { now: NOW }).offers.find((o) => o.sku === 'BAG')!
    expect(during.discount).toBe(798)
    expect(during.reasons).toContainEqual(
      expect.objectContaining({ code: 'limited_time', ends_at: '2024-02-05T00:00:00Z' }),
    )
    const after = serveOffers(shop, ask({ at: Date.UTC(2024, 1, 5) }), s).offers
    const bag = after.find((o) => o.sku === 'BAG')!
    expect(bag.discount).toBeUndefined()
    expect(bag.reasons.some((x) => x.code === 'limited_time')).toBe(false)
  })

  it('nudges a punch card from the customer’s own orders', () => {
    const loyalty = [
      { kind: 'punch_card', id: 'mice', skus: ['MOUSE'], every: 3, reward: 'a free mouse' },
    ]
    const r = serveOffers(shop, ask({ cart: ['L2'], customer: 'c6' }), settings({ loyalty }), {
      now: NOW,
    })
    expect(r.loyalty[0]!.reason).toMatchObject({ have: 2, need: 0 })
    const mouse = r.offers.find((o) => o.sku === 'MOUSE')!
    expect(describeReason(mouse.reasons.find((x) => x.code === 'loyalty_progress')!)).toBe(
      'Your next one is free: a free mouse',
    )
  })

  it('ranks by profit when the placement asks for it, and drops what is below the margin floor', () => {
    const products = LAPTOP_PRODUCTS.map((p) =>
      p.sku === 'MOUSE' ? { ...p, cost: 1950 } : p.sku === 'W1' ? { ...p, cost: 2000 } : p,
    )
    const m = model(products)
    const s = settings({ placements: { cart: { objective: 'profit', margin_floor: 0.1 } } })
    const r = serveOffers(m, ask(), s, { now: NOW })
    expect(r.offers.map((o) => o.sku)).not.toContain('MOUSE')
    expect(r.dropped.find((d) => d.sku === 'MOUSE')).toMatchObject({
      reason: 'below_margin_floor',
    })
    // the other laptops of L1's family are upgrade questions, never extras in the cart
    for (const sku of ['L2', 'L3', 'L4'])
      expect(r.dropped.find((d) => d.sku === sku)).toMatchObject({
        guard: 'substitute',
        reason: 'version_of_cart_item',
      })
    const scores = r.offers.map((o) => o.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })

  it('after a purchase, offers the bought items’ add-ons first and no best-selling substitute', () => {
    const r = serveOffers(shop, ask({ placement: 'email_order_confirmation' }), settings(), {
      now: NOW,
    })
    expect(r.offers[0]!.sku).toBe('W1')
    expect(r.offers[0]!.reasons[0]).toMatchObject({ code: 'addon', relation: 'warranty_for' })
    const skus = r.offers.map((o) => o.sku)
    for (const laptop of ['R1', 'C1', 'L2', 'L3']) expect(skus).not.toContain(laptop)
    expect(r.dropped.find((d) => d.sku === 'R1')).toMatchObject({
      guard: 'substitute',
      reason: 'popular_substitute',
    })
  })

  it('rejects bad settings with paths', () => {
    const r = parseOfferSettings({
      placements: { cart: { objective: 'greed', cap: 0 }, shelf: {} },
      guards: { relevance_floor: 2 },
      bundles: { declared: [{ id: 'b', skus: ['A'] }] },
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.issues.map((i) => i.path.join('.'))).toEqual([
      'bundles.declared.0.skus',
      'guards.relevance_floor',
      'placements.cart.objective',
      'placements.cart.cap',
      'placements.shelf',
    ])
  })
})

describe('serveOffers invariants (fast-check)', () => {
  const skus = LAPTOP_PRODUCTS.map((p) => p.sku)
  const placements = [
    'product',
    'cart',
    'checkout',
    'thank_you',
    'pos',
    'email_abandoned_cart',
  ] as const
  it('never offers the cart, stock-outs, below the margin floor, or beyond the cap; every promise holds', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...skus), { minLength: 0, maxLength: 3 }),
        fc.constantFrom(...placements),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.dictionary(fc.constantFrom(...skus), fc.integer({ min: 0, max: 2 })),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.integer({ min: 1, max: 200_000 }),
        fc.array(fc.constantFrom(...skus), { maxLength: 3 }),
        fc.integer({ min: -10, max: 10 }),
        (cart, placement, limit, cap, stock, marginFloor, threshold, dismissed, day) => {
          const products = LAPTOP_PRODUCTS.map((p) =>
            stock[p.sku] === undefined ? p : { ...p, stock: stock[p.sku]! },
          )
          const m = model(products)
          const s = settings({
            placements: { [placement]: { objective: 'profit', cap, margin_floor: marginFloor } },
            thresholds: {
              rule_sets: [
                {
                  currency: 'USD',
                  region: '*',
                  tiers: [{ threshold, reward: { kind: 'free_shipping' } }],
                },
              ],
            },
            limited_time: [
              {
                id: 'w',
                label: 'Week',
                skus,
                pct_off: 5,
                starts_at: '2024-02-01T00:00:00Z',
                ends_at: '2024-02-03T00:00:00Z',
              },
            ],
          })
          const at = NOW + day * DAY
          const feedback = dismissed.map((sku) => ({
            sku,
            kind: 'declined' as const,
            at: at - DAY,
            customer: 'c1',
          }))
          const req = ask({ cart, placement, limit, customer: 'c1' })
          const r = serveOffers(m, req, s, { now: at, feedback })
          expect(r.offers.length).toBeLessThanOrEqual(Math.min(limit, cap))
          expect(new Set(r.offers.map((o) => o.sku)).size).toBe(r.offers.length)
          for (const o of r.offers) {
            expect(cart).not.toContain(o.sku)
            expect(dismissed).not.toContain(o.sku)
            expect(o.reasons.length).toBeGreaterThan(0)
            if (stock[o.sku] !== undefined) expect(stock[o.sku]).toBeGreaterThan(0)
            if (o.price !== undefined && o.kind !== 'bundle') {
              const revenue = o.price - (o.discount ?? 0)
              const cost = Math.round(o.price * 0.6)
              expect((revenue - cost) / revenue).toBeGreaterThanOrEqual(marginFloor - 1e-9)
            }
            for (const x of o.reasons) {
              if (x.code === 'limited_time')
                expect(at >= Date.parse(x.starts_at) && at < Date.parse(x.ends_at)).toBe(true)
              if (x.code === 'threshold_gap') {
                const lines = cart.map((sku) => ({
                  sku,
                  quantity: 1,
                  unitPrice: Math.round(m.prices[m.itemIndex.get(sku)!]!),
                }))
                lines.push({ sku: o.sku, quantity: 1, unitPrice: x.item_price })
                const after = evaluateCart(s.thresholds!, { currency: 'USD', region: '*', lines })
                expect(after.reached.some((t) => t.threshold === x.threshold)).toBe(true)
              }
            }
          }
        },
      ),
      { numRuns: 150 },
    )
  })
})

describe('settingsFromDocuments', () => {
  it('composes the sections a store keeps as documents over its base settings', () => {
    const r = settingsFromDocuments(
      {
        offers: { assumed_cost_share: 0.5, guards: { relevance_floor: 0.3 } },
        guards: { dismiss_days: 7 },
        placements: { cart: { objective: 'profit', cap: 3 } },
        holdout: { share: 0.1 },
      },
      'EUR',
    )
    if (!r.ok) throw new Error(JSON.stringify(r.issues))
    expect(r.value.currency).toBe('EUR')
    expect(r.value.assumedCostShare).toBe(0.5)
    // the guards document replaces the base's guards section whole
    expect(r.value.guards).toMatchObject({ dismissDays: 7, relevanceFloor: 0.01 })
    expect(r.value.placements.cart).toEqual({ objective: 'profit', cap: 3 })
  })
})
