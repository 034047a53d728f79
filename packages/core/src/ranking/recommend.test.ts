import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BasketSetBuilder } from '../mining/basket-set.js'
import { sixOrders } from '../mining/test-baskets.js'
import { trainModel } from '../model/train.js'
import { describeReason } from './explain.js'
import { recommend } from './recommend.js'

describe('recommend on the six-order set', () => {
  const model = trainModel(sixOrders(), { association: { minPairCount: 1, shrink: 0, beta: 0 } })

  it('ranks by evidence and explains with the strongest cart item', () => {
    const offers = recommend(model, { id: 'q', cart: ['butter'], placement: 'cart', limit: 3 })
    expect(offers.map((o) => o.sku)).toEqual(['bread', 'milk', 'beer'])
    expect(offers[0]!.reasons[0]).toEqual({
      code: 'bought_together',
      anchor: 'butter',
      orders: 3,
      support: 0.5,
      confidence: 1,
      lift: 1.2,
    })
    // beer never goes with butter: it only fills the list as a popular item, scored below evidence
    expect(offers[2]!.reasons[0]).toMatchObject({ code: 'popular', fallback: 'fill' })
    expect(offers[2]!.score).toBeLessThan(offers[1]!.score)
  })

  it('falls back to popular items for an empty or unknown cart, and says which', () => {
    const empty = recommend(model, { id: 'e', cart: [], placement: 'cart', limit: 2 })
    expect(empty.map((o) => o.sku)).toEqual(['bread', 'butter'])
    expect(empty[0]!.reasons[0]).toMatchObject({ code: 'popular', fallback: 'empty_cart' })
    const cold = recommend(model, { id: 'c', cart: ['unknown-sku'], placement: 'cart', limit: 1 })
    expect(cold[0]!.reasons[0]).toMatchObject({ code: 'popular', fallback: 'cold_cart' })
  })

  it('answers follow_up with the customer’s repeat purchases first, newest weighing most', () => {
    const offers = recommend(model, {
      id: 'f',
      cart: [],
      customer: 'ann',
      placement: 'follow_up',
      limit: 5,
    })
    expect(offers[0]!.sku).toBe('bread') // in all three of ann's orders
    expect(offers.slice(0, 3).map((o) => o.kind)).toEqual(['reorder', 'reorder', 'reorder'])
    // beer comes next: popular, and bought by bob, who shares ann's bread-and-butter habit
    expect(offers[3]).toMatchObject({
      sku: 'beer',
      kind: 'cross_sell',
      reasons: [{ code: 'popular' }, { code: 'similar_customers', customers: 1, of: 1 }],
    })
    expect(offers[0]!.reasons[0]).toEqual({
      code: 'bought_before',
      times: 3,
      lastAt: '2024-01-06T00:00:00.000Z',
    })
    // `at` hides what happened later: on Jan 2 ann had only bought bread, butter and milk once
    const early = recommend(model, {
      id: 'f',
      cart: [],
      customer: 'ann',
      placement: 'follow_up',
      limit: 5,
      at: Date.UTC(2024, 0, 2),
    })
    expect(early[0]!.reasons[0]).toEqual({
      code: 'bought_before',
      times: 1,
      lastAt: '2024-01-01T00:00:00.000Z',
    })
    expect(early.some((o) => o.sku === 'jam' && o.kind === 'reorder')).toBe(false)
  })

  it('renders every reason as an English sentence', () => {
    const [offer] = recommend(model, { id: 'q', cart: ['beer'], placement: 'cart', limit: 1 })
    expect(describeReason(offer!.reasons[0]!)).toBe(
      '100% of orders with beer also had this (2 orders, 3.0× more often than chance)',
    )
  })
})

describe('recommend invariants on random histories and carts', () => {
  const historyArb = fc.array(
    fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 1, maxLength: 8 }),
    { minLength: 1, maxLength: 80 },
  )
  const cartArb = fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 6 })

  it('never offers a cart item, never exceeds the limit, never repeats, always explains', () => {
    fc.assert(
      fc.property(
        historyArb,
        cartArb,
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('cart', 'product', 'follow_up'),
        (history, cart, limit, placement) => {
          const b = new BasketSetBuilder()
          history.forEach((basket, i) => {
            b.addSkus(basket.map(String), i * 86_400_000, `c${i % 5}`)
          })
          const model = trainModel(b.build())
          const request = {
            id: 'p',
            cart: [...new Set(cart.map(String))],
            customer: 'c1',
            placement: placement as 'cart',
            limit,
          }
          const offers = recommend(model, request)
          expect(offers.length).toBeLessThanOrEqual(limit)
          const skus = offers.map((o) => o.sku)
          expect(new Set(skus).size).toBe(skus.length)
          for (const offer of offers) {
            expect(request.cart).not.toContain(offer.sku)
            expect(offer.reasons.length).toBeGreaterThan(0)
            expect(Number.isFinite(offer.score)).toBe(true)
          }
          // scores never increase down the list
          for (let i = 1; i < offers.length; i++)
            expect(offers[i]!.score).toBeLessThanOrEqual(offers[i - 1]!.score)
        },
      ),
      { numRuns: 150 },
    )
  })
})
