import { describe, expect, it } from 'vitest'
import { BasketSetBuilder } from '../mining/basket-set.js'
import { trainModel } from '../model/train.js'
import { recommend } from './recommend.js'

/** Six customers buy a kettle once and coffee again and again; filters go with both. */
function shop() {
  const b = new BasketSetBuilder()
  for (let c = 0; c < 6; c++) {
    b.addSkus(['kettle', 'coffee', 'filters'], c * 100, `c${c}`)
    b.addSkus(['coffee', 'filters'], c * 100 + 50, `c${c}`)
  }
  b.addSkus(['coffee', 'kettle'], 1000, 'guest-like')
  return b.build()
}

describe('the durables guard and the personal cart blend', () => {
  const model = trainModel(shop(), { association: { minPairCount: 1 } })

  it('never offers a durable the customer owns, but still offers it to others', () => {
    const mine = recommend(model, {
      id: 'q',
      cart: ['filters'],
      customer: 'c1',
      placement: 'cart',
      limit: 5,
    })
    expect(mine.map((o) => o.sku)).not.toContain('kettle')
    expect(mine.map((o) => o.sku)).toContain('coffee') // a consumable: a refill is welcome
    const stranger = recommend(model, { id: 'q', cart: ['filters'], placement: 'cart', limit: 5 })
    expect(stranger.map((o) => o.sku)).toContain('kettle')
  })

  it('counts a kettle bought after `at` as not owned yet', () => {
    const before = recommend(model, {
      id: 'q',
      cart: ['filters'],
      customer: 'c1',
      placement: 'cart',
      limit: 5,
      at: 50,
    })
    expect(before.map((o) => o.sku)).toContain('kettle')
  })

  it('a declared warranty makes its product a durable, a declared consumable never is one', () => {
    const declared = trainModel(shop(), {
      association: { minPairCount: 1 },
      products: [
        { sku: 'kettle', title: 'Kettle', category: 'Kitchen', price: 3000 },
        {
          sku: 'coffee',
          title: 'Coffee',
          category: 'Pantry',
          price: 500,
          relations: { consumable_for: ['kettle'] },
        },
        { sku: 'filters', title: 'Filters', category: 'Pantry', price: 200 },
        {
          sku: 'care',
          title: 'Kettle care plan',
          category: 'Services',
          price: 900,
          relations: { service_plan_for: ['filters'] },
        },
      ],
    })
    const offers = recommend(declared, {
      id: 'q',
      cart: ['coffee'],
      customer: 'c2',
      placement: 'cart',
      limit: 5,
    })
    expect(offers.map((o) => o.sku)).not.toContain('filters') // covered by a service plan: owned
    expect(offers.map((o) => o.sku)).not.toContain('kettle')
  })

  it('explains a refill suggested from the customer’s own habits', () => {
    const offers = recommend(model, {
      id: 'q',
      cart: ['filters'],
      customer: 'c1',
      placement: 'cart',
      limit: 5,
    })
    const coffee = offers.find((o) => o.sku === 'coffee')!
    expect(coffee.reasons.map((r) => r.code)).toEqual(['bought_together', 'bought_before'])
  })
})
