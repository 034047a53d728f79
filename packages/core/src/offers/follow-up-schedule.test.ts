import { describe, expect, it } from 'vitest'
import type { Product } from '../domain/product.js'
import { DAY_MS } from '../ingest/timestamp.js'
import { BasketSetBuilder } from '../mining/basket-set.js'
import { trainModel } from '../model/train.js'
import { DEFAULT_FOLLOW_UP, followUpSchedule } from './follow-up-schedule.js'
import { medianIntervalDays } from './repeat-interval.js'
import { LAPTOP_PRODUCTS, laptopModel } from './test-catalog.js'

const day = (d: number): number => Date.UTC(2024, 0, 1) + (d - 1) * DAY_MS

const WITH_PLAN: Product[] = [
  ...LAPTOP_PRODUCTS,
  {
    sku: 'SP1',
    title: 'Service plan',
    category: 'Services',
    price: 4900,
    relations: { service_plan_for: ['L1'] },
  },
]

describe('followUpSchedule', () => {
  it('offers the warranty a month and the service plan six months after a laptop', () => {
    const model = laptopModel(WITH_PLAN)
    const at = day(40)
    const plan = followUpSchedule(model, { at, lines: [{ sku: 'L1' }] })
    expect(plan.map((m) => [m.kind, m.sku, m.anchor, m.afterDays, m.basis])).toEqual([
      ['warranty', 'W1', 'L1', 30, 'settings'],
      ['service_plan', 'SP1', 'L1', 180, 'settings'],
    ])
    expect(plan[0]!.sendAt).toBe(at + 30 * DAY_MS)
    // W1 went with L1 in 1 of L1's 5 orders (c1): the reason carries that attach rate.
    expect(plan[0]!.reason).toEqual({
      code: 'addon',
      relation: 'warranty_for',
      anchor: 'L1',
      attach_rate: 0.2,
      orders: 1,
      anchor_orders: 5,
    })
  })

  it('offers no warranty bought with the laptop or owned before', () => {
    const model = laptopModel(WITH_PLAN)
    const withIt = followUpSchedule(model, { at: day(40), lines: [{ sku: 'L1' }, { sku: 'W1' }] })
    expect(withIt.map((m) => m.sku)).toEqual(['SP1'])
    // c1 bought W1 on 1 January: a new laptop of theirs gets no warranty reminder.
    const owner = followUpSchedule(model, { customer: 'c1', at: day(40), lines: [{ sku: 'L2' }] })
    expect(owner.map((m) => m.sku)).toEqual([])
  })

  it('reminds of a consumable 5 days before the default month runs out, per unit bought', () => {
    const model = laptopModel()
    const one = followUpSchedule(model, { at: day(40), lines: [{ sku: 'WIPES' }] })
    expect(one.map((m) => [m.kind, m.sku, m.afterDays, m.basis, m.lastsDays])).toEqual([
      ['refill', 'WIPES', 25, 'default', 30],
    ])
    const two = followUpSchedule(model, { at: day(40), lines: [{ sku: 'WIPES', quantity: 2 }] })
    expect(two[0]!.afterDays).toBe(55)
    const declared = followUpSchedule(
      model,
      { at: day(40), lines: [{ sku: 'WIPES' }] },
      { ...DEFAULT_FOLLOW_UP, consumableDays: { WIPES: 60 } },
    )
    expect([declared[0]!.afterDays, declared[0]!.basis]).toEqual([55, 'declared'])
  })

  it("uses the customer's own repeat interval when they bought the consumable before", () => {
    // k1 buys wipes every 20 days; the store's other repeat buyers every 40.
    const b = new BasketSetBuilder()
    b.addSkus(['L1'], day(1), 'k1')
    for (const d of [1, 21, 41]) b.addSkus(['WIPES'], day(d), 'k1')
    for (const c of ['k2', 'k3', 'k4']) for (const d of [1, 41]) b.addSkus(['WIPES'], day(d), c)
    const model = trainModel(b.build(), { products: LAPTOP_PRODUCTS })
    const own = followUpSchedule(model, { customer: 'k1', at: day(61), lines: [{ sku: 'WIPES' }] })
    expect([own[0]!.afterDays, own[0]!.basis, own[0]!.reason]).toEqual([
      15,
      'own_interval',
      { code: 'bought_before', times: 4, lastAt: new Date(day(61)).toISOString() },
    ])
    // A first-time buyer gets the store's repeat buyers' interval (three customers, 40 days).
    const first = followUpSchedule(model, {
      customer: 'new',
      at: day(61),
      lines: [{ sku: 'WIPES' }],
    })
    expect([first[0]!.afterDays, first[0]!.basis]).toEqual([35, 'store_interval'])
    // Orders given by the caller replace the model's history: one earlier purchase 10 days ago.
    const fresh = followUpSchedule(
      model,
      { customer: 'k1', at: day(61), lines: [{ sku: 'WIPES' }] },
      DEFAULT_FOLLOW_UP,
      {
        history: [
          {
            id: 'o',
            customerId: 'k1',
            orderedAt: day(51),
            lines: [{ sku: 'WIPES', quantity: 1, unitPrice: 990 }],
          },
        ],
      },
    )
    expect([fresh[0]!.afterDays, fresh[0]!.basis]).toEqual([5, 'own_interval'])
  })

  it('skips unknown items and refuses a purchase without a time', () => {
    const model = laptopModel()
    expect(followUpSchedule(model, { at: day(1), lines: [{ sku: 'NOPE' }] })).toEqual([])
    expect(() => followUpSchedule(model, { at: Number.NaN, lines: [] })).toThrow(/needs a time/)
  })
})

describe('medianIntervalDays', () => {
  it('is the median gap between distinct times', () => {
    expect(medianIntervalDays([day(1)])).toBeUndefined()
    expect(medianIntervalDays([day(21), day(1), day(1), day(31), day(91)])).toBe(20)
  })
})
