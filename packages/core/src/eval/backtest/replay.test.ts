import { describe, expect, it } from 'vitest'
import type { Order } from '../../domain/order.js'
import type { ServedOffer } from '../../ranking/pipeline/context.js'
import { runBacktest, splitOrder } from './replay.js'

const order = (id: string, lines: [string, number, number][]): Order => ({
  id,
  customerId: 'c',
  orderedAt: 0,
  lines: lines.map(([sku, quantity, unitPrice]) => ({ sku, quantity, unitPrice })),
})

const together = {
  code: 'bought_together',
  anchor: 'A',
  orders: 3,
  support: 0.1,
  confidence: 0.5,
  lift: 2,
} as const
const popular = { code: 'popular', orders: 9, share: 0.3, fallback: 'fill' } as const

describe('runBacktest', () => {
  const orders = [
    order('o1', [
      ['A', 1, 1000],
      ['B', 2, 500],
      ['C', 1, 300],
      ['D', 1, 200],
    ]),
    order('o2', [['A', 1, 1000]]),
    order('o3', [
      ['A', 1, 1000],
      ['E', 1, 400],
    ]),
  ]
  const upcross = {
    name: 'upcross',
    offers: (cart: readonly string[]): ServedOffer[] =>
      cart.includes('B')
        ? [
            { sku: 'C', kind: 'cross_sell', score: 1, reasons: [together] },
            {
              sku: 'X',
              kind: 'bundle',
              score: 0.5,
              items: ['A', 'X'],
              discount: 99,
              reasons: [together],
            },
          ]
        : [{ sku: 'E', kind: 'popular', score: 1, discount: 50, reasons: [popular] }],
  }
  const none = { name: 'no offers', offers: () => [] }

  it('splits an order into the cart and what was bought after it', () => {
    const s = splitOrder(orders[0]!)!
    expect(s.cart).toEqual(['A', 'B'])
    expect([...s.rest]).toEqual([
      ['C', { quantity: 1, revenue: 300 }],
      ['D', { quantity: 1, revenue: 200 }],
    ])
    expect(splitOrder(orders[1]!)).toBeUndefined()
  })

  it('reports hits, revenue and margin with hand-computed numbers', () => {
    const r = runBacktest(orders, [upcross, none], {
      costShare: 0.5,
      incrementality: 1,
      resamples: 200,
    })
    expect(r.baskets).toBe(2)
    const [u, n] = r.policies
    expect(u!.touched).toBe(2)
    expect(u!.hitShare.estimate).toBe(1)
    // o1: C taken, 300 revenue − 150 cost = 150; o3: E taken, 400 − 200 − 50 discount = 150
    expect(u!.revenuePerBasket.estimate).toBe(350)
    expect(u!.revenueTotal.estimate).toBe(700)
    expect(u!.marginPerBasket.estimate).toBe(150)
    expect(u!.byType).toEqual({
      bought_together: { shown: 1, taken: 1, hitRate: 1 },
      bundle: { shown: 1, taken: 0, hitRate: 0 },
      popular: { shown: 1, taken: 1, hitRate: 1 },
    })
    expect(n!.touched).toBe(0)
    expect(n!.marginTotal.estimate).toBe(0)
    expect(r.comparisons[0]).toMatchObject({ policy: 'upcross', against: 'no offers' })
    expect(r.comparisons[0]!.marginPerBasketDiff.estimate).toBe(150)
  })

  it('uses known costs per unit and scales by incrementality', () => {
    const r = runBacktest(orders, [upcross, none], {
      costShare: 0.5,
      incrementality: 0.5,
      costOf: (sku) => (sku === 'C' ? 100 : undefined),
    })
    // o1: (300 − 100) × 0.5 = 100; o3: (400 − 200 − 50) × 0.5 = 75
    expect(r.policies[0]!.marginTotal.estimate).toBe(175)
    expect(r.assumptions).toEqual({ costShare: 0.5, incrementality: 0.5, costsKnown: true })
  })
})
