import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { catalogItems } from '../../catalog/catalog-items.js'
import type { Product } from '../../domain/product.js'
import type { RecommendRequest } from '../../domain/recommend-request.js'
import { CooccurrenceDelta } from '../../feedback/cooccurrence-delta.js'
import { trainModel } from '../../model/train.js'
import { LAPTOP_PRODUCTS, laptopBaskets } from '../../offers/test-catalog.js'
import { describeReason } from '../explain.js'
import { recommend } from '../recommend.js'
import { parseOfferSettings } from './parse-settings.js'
import { serveOffers } from './serve-offers.js'
import type { OfferSettings } from './settings.js'

const DAY = 86_400_000
const NOW = Date.UTC(2024, 1, 1)

/** The laptop shop (14 orders) at the default association settings (pairs need 2 orders). */
function model(products: readonly Product[] = LAPTOP_PRODUCTS) {
  return trainModel(laptopBaskets(), { products })
}
const shop = model()

/**
 * Orders stored after training: NEW-1 (not in the model) with the mouse 3 times, the bag twice,
 * the wipes once (below the 2 orders a pair needs) and NEW-2 (also new) 3 times.
 */
function recent(): CooccurrenceDelta {
  const delta = new CooccurrenceDelta()
  delta.addBasket(['NEW-1', 'MOUSE', 'NEW-2'])
  delta.addBasket(['NEW-1', 'MOUSE', 'NEW-2'])
  delta.addBasket(['NEW-1', 'MOUSE', 'BAG', 'NEW-2'])
  delta.addBasket(['NEW-1', 'BAG'])
  delta.addBasket(['NEW-1', 'WIPES'])
  return delta
}

function settings(input: Record<string, unknown> = {}): OfferSettings {
  const r = parseOfferSettings({ assumed_cost_share: 0.6, ...input })
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}

const ask = (more: Partial<RecommendRequest> = {}): RecommendRequest => ({
  id: 'q',
  cart: ['NEW-1'],
  placement: 'cart',
  limit: 10,
  ...more,
})

const together = (o: { reasons: readonly { code: string }[] }) =>
  o.reasons.find((r) => r.code === 'bought_together') as
    | { code: 'bought_together'; source?: string; anchor: string }
    | undefined

describe('serveOffers with fresh evidence', () => {
  it('gives a cart item new to the model its partners from recent orders, with their numbers', () => {
    const without = serveOffers(shop, ask(), settings(), { now: NOW })
    // Without fresh evidence the new item is a cold cart: popular items only.
    expect(without.offers.every((o) => o.reasons.every((r) => r.code === 'popular'))).toBe(true)

    const r = serveOffers(shop, ask(), settings(), { now: NOW, fresh: recent() })
    expect(r.offers.slice(0, 2).map((o) => o.sku)).toEqual(['MOUSE', 'BAG'])
    const mouse = r.offers[0]!
    expect(mouse.kind).toBe('cross_sell')
    expect(mouse.price).toBe(1990)
    // 19 orders in all (14 trained + 5 recent); the mouse is in 5 + 3, NEW-1 in 5.
    expect(mouse.reasons).toEqual([
      {
        code: 'bought_together',
        anchor: 'NEW-1',
        orders: 3,
        support: Number((3 / 19).toFixed(6)),
        confidence: 0.6,
        lift: Number((0.6 / (8 / 19)).toFixed(3)),
        source: 'recent_orders',
      },
    ])
    expect(describeReason(mouse.reasons[0]!)).toBe(
      '60% of recent orders with NEW-1 also had this (3 orders since the last training, 1.4× more often than chance)',
    )
    expect(together(r.offers[1]!)).toMatchObject({ anchor: 'NEW-1', orders: 2, confidence: 0.4 })
    // One recent order is below the model's minPairCount (2): the wipes get no evidence. NEW-2
    // has no facts in the model: never offered before the next training.
    const skus = r.offers.map((o) => o.sku)
    expect(skus).not.toContain('NEW-2')
    expect(skus).not.toContain('NEW-1')
    const wipes = r.offers.find((o) => o.sku === 'WIPES')
    if (wipes) expect(together(wipes)).toBeUndefined()
    // The popular fill after them no longer says the cart has no history.
    const fill = r.offers.filter((o) => o.reasons.some((x) => x.code === 'popular'))
    expect(fill.length).toBeGreaterThan(0)
    for (const o of fill)
      expect(o.reasons).toContainEqual(expect.objectContaining({ fallback: 'fill' }))
    // The base ranking the offline evaluation measures is untouched.
    expect(recommend(shop, ask())).toEqual(recommend(shop, ask()))
    expect(recommend(shop, ask()).every((o) => o.reasons[0]!.code === 'popular')).toBe(true)
  })

  it('keeps the guard rails: stock, dismissals, relevance floor, rules, caps, margin floor', () => {
    const fresh = recent()
    const noMice = model(LAPTOP_PRODUCTS.map((p) => (p.sku === 'MOUSE' ? { ...p, stock: 0 } : p)))
    const stock = serveOffers(noMice, ask(), settings(), { now: NOW, fresh })
    expect(stock.offers.map((o) => o.sku)).not.toContain('MOUSE')
    // (The merchant rules' stock handling takes it out before the guards see it.)
    expect(stock.rules).toContainEqual(
      expect.objectContaining({ sku: 'MOUSE', effect: 'excluded', why: 'out_of_stock' }),
    )

    const feedback = [{ sku: 'MOUSE', kind: 'dismissed' as const, at: NOW - DAY, customer: 'x' }]
    const dismissed = serveOffers(shop, ask({ customer: 'x' }), settings(), {
      now: NOW,
      feedback,
      fresh,
    })
    expect(dismissed.offers.map((o) => o.sku)).not.toContain('MOUSE')
    expect(dismissed.dropped).toContainEqual(
      expect.objectContaining({ sku: 'MOUSE', guard: 'dismissed' }),
    )

    // Confidence 0.4 (the bag) is below a 0.5 floor; 0.6 (the mouse) is not.
    const floor = serveOffers(shop, ask(), settings({ guards: { relevance_floor: 0.5 } }), {
      now: NOW,
      fresh,
    })
    expect(floor.offers[0]!.sku).toBe('MOUSE')
    expect(floor.dropped).toContainEqual(
      expect.objectContaining({ sku: 'BAG', guard: 'relevance_floor' }),
    )

    const rules = settings({
      rules: [{ id: 'no-mice', kind: 'exclude', match: { skus: ['MOUSE'] } }],
    })
    const excluded = serveOffers(shop, ask(), rules, { now: NOW, fresh })
    expect(excluded.offers.map((o) => o.sku)).not.toContain('MOUSE')
    expect(excluded.rules).toContainEqual(
      expect.objectContaining({ rule: 'no-mice', sku: 'MOUSE' }),
    )

    const capped = serveOffers(shop, ask(), settings({ placements: { cart: { cap: 1 } } }), {
      now: NOW,
      fresh,
    })
    expect(capped.offers.map((o) => o.sku)).toEqual(['MOUSE'])
    expect(capped.dropped).toContainEqual(
      expect.objectContaining({ sku: 'BAG', guard: 'placement_cap' }),
    )

    // Costs are 60 % of prices: a 50 % margin floor leaves nothing, fresh or not.
    const margin = settings({ placements: { cart: { objective: 'profit', margin_floor: 0.5 } } })
    const none = serveOffers(shop, ask(), margin, { now: NOW, fresh })
    expect(none.offers).toEqual([])
    expect(none.dropped).toContainEqual(
      expect.objectContaining({ sku: 'MOUSE', reason: 'below_margin_floor' }),
    )
  })

  it('leaves the evidence of known cart items first and adds the new items’ partners after', () => {
    const r = serveOffers(shop, ask({ cart: ['L1', 'NEW-1'] }), settings(), {
      now: NOW,
      fresh: recent(),
    })
    const base = serveOffers(shop, ask({ cart: ['L1', 'NEW-1'] }), settings(), { now: NOW })
    const skus = r.offers.map((o) => o.sku)
    // The model's own offers for the laptop keep their order, ahead of the fresh ones.
    const known = base.offers.filter((o) => together(o)?.source === undefined && together(o))
    expect(skus.slice(0, known.length)).toEqual(known.map((o) => o.sku))
    const mouse = r.offers.find((o) => o.sku === 'MOUSE')!
    expect(mouse.reasons).toContainEqual(
      expect.objectContaining({ anchor: 'NEW-1', source: 'recent_orders' }),
    )
    // A known anchor is never rescored from the recent orders: the laptop's reasons are the model's.
    for (const o of r.offers)
      for (const x of o.reasons)
        if (x.code === 'bought_together' && x.anchor === 'L1') expect(x.source).toBeUndefined()
  })

  it('answers the product page of a new product with its recent partners', () => {
    const r = serveOffers(shop, ask({ placement: 'product' }), settings(), {
      now: NOW,
      fresh: recent(),
    })
    expect(r.offers[0]).toMatchObject({ sku: 'MOUSE', kind: 'cross_sell' })
  })

  it('never breaks an invariant, whatever the cart, delta, stock, dismissals and caps', () => {
    const skus = [...LAPTOP_PRODUCTS.map((p) => p.sku), 'NEW-1', 'NEW-2', 'NEW-3']
    const placements = ['cart', 'checkout', 'product', 'pos', 'thank_you'] as const
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom(...skus), { minLength: 1, maxLength: 4 }), {
          maxLength: 12,
        }),
        fc.uniqueArray(fc.constantFrom(...skus), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...placements),
        fc.integer({ min: 1, max: 6 }),
        fc.dictionary(fc.constantFrom(...skus), fc.integer({ min: 0, max: 2 })),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.array(fc.constantFrom(...skus), { maxLength: 3 }),
        (baskets, cart, placement, cap, stock, marginFloor, dismissed) => {
          const products = LAPTOP_PRODUCTS.map((p) =>
            stock[p.sku] === undefined ? p : { ...p, stock: stock[p.sku]! },
          )
          const m = model(products)
          const fresh = new CooccurrenceDelta()
          for (const b of baskets) fresh.addBasket(b)
          const s = settings({
            placements: { [placement]: { objective: 'profit', cap, margin_floor: marginFloor } },
          })
          const feedback = dismissed.map((sku) => ({
            sku,
            kind: 'declined' as const,
            at: NOW - DAY,
            customer: 'c1',
          }))
          const req = ask({ cart, placement, limit: 10, customer: 'c1' })
          const r = serveOffers(m, req, s, { now: NOW, feedback, fresh })
          expect(r.offers.length).toBeLessThanOrEqual(cap)
          expect(new Set(r.offers.map((o) => o.sku)).size).toBe(r.offers.length)
          for (const o of r.offers) {
            expect(cart).not.toContain(o.sku)
            expect(dismissed).not.toContain(o.sku)
            expect(m.itemIndex.has(o.sku)).toBe(true)
            if (stock[o.sku] !== undefined) expect(stock[o.sku]).toBeGreaterThan(0)
            if (o.price !== undefined && o.kind !== 'bundle') {
              const revenue = o.price - (o.discount ?? 0)
              expect((revenue - Math.round(o.price * 0.6)) / revenue).toBeGreaterThanOrEqual(
                marginFloor - 1e-9,
              )
            }
            for (const x of o.reasons)
              if (x.code === 'bought_together' && x.source === 'recent_orders') {
                // Fresh evidence only speaks for cart items the model does not know.
                expect(cart).toContain(x.anchor)
                expect(m.itemIndex.has(x.anchor)).toBe(false)
                expect(x.orders).toBe(fresh.pairCount(x.anchor, o.sku))
                expect(x.orders).toBeGreaterThanOrEqual(m.meta.params.association.minPairCount)
              }
          }
        },
      ),
      { numRuns: 150 },
    )
  })
})

/** The catalog of products added since training: NEW-1 priced, NEW-3 listed without a price. */
const NEW_PRODUCTS: Product[] = [
  { sku: 'NEW-1', title: 'Laptop stand', category: 'Accessories', price: 2990, tags: ['desk'] },
  { sku: 'NEW-3', title: 'Coming soon', category: 'Accessories', price: undefined },
]
const newItems = (products: readonly Product[] = NEW_PRODUCTS) => {
  const items = catalogItems(products)
  return (sku: string) => items.get(sku)
}

describe('serveOffers with products new since training', () => {
  it('offers a new product with a known cart item it was bought with, from recent orders', () => {
    const r = serveOffers(shop, ask({ cart: ['MOUSE'] }), settings(), {
      now: NOW,
      fresh: recent(),
      freshItems: newItems(),
    })
    const stand = r.offers.find((o) => o.sku === 'NEW-1')!
    expect(stand).toMatchObject({ kind: 'cross_sell', price: 2990 })
    // The mouse is in 3 recent orders, each with NEW-1.
    expect(stand.reasons).toEqual([
      expect.objectContaining({
        code: 'bought_together',
        anchor: 'MOUSE',
        orders: 3,
        confidence: 1,
        source: 'recent_orders',
      }),
    ])
    // NEW-2 is in the same orders but not in the catalog: no price, never offered.
    expect(r.offers.map((o) => o.sku)).not.toContain('NEW-2')
    // The mouse's known partners keep the model's evidence (no recent reason).
    for (const o of r.offers)
      if (o.sku !== 'NEW-1')
        for (const x of o.reasons)
          if (x.code === 'bought_together') expect(x.source).toBeUndefined()
    // Without the catalog facts, nothing new is offered.
    const without = serveOffers(shop, ask({ cart: ['MOUSE'] }), settings(), {
      now: NOW,
      fresh: recent(),
    })
    expect(without.offers.map((o) => o.sku)).not.toContain('NEW-1')
  })

  it('never offers a new product without a price, below minPairCount, or in the cart', () => {
    const delta = recent()
    delta.addBasket(['MOUSE', 'NEW-3'])
    delta.addBasket(['MOUSE', 'NEW-3'])
    const mouse = serveOffers(shop, ask({ cart: ['MOUSE'] }), settings(), {
      now: NOW,
      fresh: delta,
      freshItems: newItems(),
    })
    expect(mouse.offers.map((o) => o.sku)).not.toContain('NEW-3')
    // The wipes were bought with NEW-1 once: below the 2 orders a pair needs.
    const wipes = serveOffers(shop, ask({ cart: ['WIPES'] }), settings(), {
      now: NOW,
      fresh: delta,
      freshItems: newItems(),
    })
    expect(wipes.offers.map((o) => o.sku)).not.toContain('NEW-1')
    // A new product in the cart is not offered again; its new partners with facts are.
    const both = newItems([
      ...NEW_PRODUCTS,
      { sku: 'NEW-2', title: 'Hub', category: '', price: 990 },
    ])
    const cart = serveOffers(shop, ask({ cart: ['MOUSE', 'NEW-1'] }), settings(), {
      now: NOW,
      fresh: delta,
      freshItems: both,
    })
    const skus = cart.offers.map((o) => o.sku)
    expect(skus).not.toContain('NEW-1')
    expect(skus).not.toContain('MOUSE')
    const hub = cart.offers.find((o) => o.sku === 'NEW-2')!
    expect(together(hub)).toMatchObject({ source: 'recent_orders' })
    expect(['MOUSE', 'NEW-1']).toContain(together(hub)!.anchor)
  })

  it('keeps the guard rails for new products: stock, rules, costs', () => {
    const soldOut = newItems(NEW_PRODUCTS.map((p) => (p.sku === 'NEW-1' ? { ...p, stock: 0 } : p)))
    const stock = serveOffers(shop, ask({ cart: ['MOUSE'] }), settings(), {
      now: NOW,
      fresh: recent(),
      freshItems: soldOut,
    })
    expect(stock.offers.map((o) => o.sku)).not.toContain('NEW-1')
    const rules = settings({
      rules: [{ id: 'no-stands', kind: 'exclude', match: { skus: ['NEW-1'] } }],
    })
    const excluded = serveOffers(shop, ask({ cart: ['MOUSE'] }), rules, {
      now: NOW,
      fresh: recent(),
      freshItems: newItems(),
    })
    expect(excluded.offers.map((o) => o.sku)).not.toContain('NEW-1')
    // Costs are 60 % of prices: a 50 % margin floor drops the new product like any other.
    const margin = settings({ placements: { cart: { objective: 'profit', margin_floor: 0.5 } } })
    const none = serveOffers(shop, ask({ cart: ['MOUSE'] }), margin, {
      now: NOW,
      fresh: recent(),
      freshItems: newItems(),
    })
    expect(none.dropped).toContainEqual(
      expect.objectContaining({ sku: 'NEW-1', reason: 'below_margin_floor' }),
    )
  })

  it('reads a catalog product as training does', () => {
    const items = catalogItems([
      { sku: 'A', title: 'First', category: 'X', price: 100 },
      { sku: 'A', title: 'Again', category: 'Y', price: 120, cost: 50, stock: 3, tags: ['t'] },
    ])
    expect(items.get('A')).toEqual({
      sku: 'A',
      title: 'Again',
      category: 'Y',
      tags: ['t'],
      price: 120,
      cost: 50,
      stock: 3,
    })
    expect(
      Number.isNaN(
        catalogItems([{ sku: 'B', title: '', category: '', price: undefined }]).get('B')!.price,
      ),
    ).toBe(true)
  })
})
