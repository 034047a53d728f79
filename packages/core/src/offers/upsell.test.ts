import { describe, expect, it } from 'vitest'
import { describeReason } from '../ranking/explain.js'
import { recommend } from '../ranking/recommend.js'
import { addonOffers } from './addons.js'
import { choiceOffers } from './choices.js'
import { laptopModel } from './test-catalog.js'
import { upsellOffers } from './upsell.js'

const model = laptopModel()
const at = (sku: string): number => model.itemIndex.get(sku)!

describe('upsellOffers', () => {
  it('offers the declared ladder first (next tier, premium, pricier variant), then learned', () => {
    const offers = upsellOffers(model, at('L1'), new Set(), 10)
    expect(offers.map((o) => o.sku)).toEqual(['L2', 'L3', 'L4', 'R1'])
    expect(offers.every((o) => o.kind === 'upsell')).toBe(true)
    expect(offers[0]!.reasons[0]).toEqual({
      code: 'upgrade',
      from: 'L1',
      to: 'L2',
      price_delta: 20000,
      price_delta_pct: 0.2225,
      what_you_gain: [
        { code: 'higher_tier', from: 'good', to: 'better' },
        { code: 'bigger_pack', from: '8 GB', to: '16 GB' },
      ],
      source: 'declared',
      relation: 'tier',
      step: 'next',
    })
    expect(offers[1]!.reasons[0]).toMatchObject({ to: 'L3', step: 'premium', price_delta: 60000 })
    expect(offers[2]!.reasons[0]).toMatchObject({ relation: 'variant_of', source: 'declared' })
    expect(offers[3]!.reasons[0]).toMatchObject({
      source: 'learned',
      relation: 'learned',
      price_delta: 15000,
      price_delta_pct: 0.1669,
      what_you_gain: [{ code: 'bought_instead', customers: 2 }],
    })
  })

  it('renders upgrade reasons as sentences', () => {
    const [offer] = upsellOffers(model, at('L1'), new Set(), 1)
    const nameOf = (sku: string) => model.titles[at(sku)]!
    expect(describeReason(offer!.reasons[0]!, nameOf)).toBe(
      'Upgrade: Laptop 14", 16 GB — +200.00 (+22 %), next tier; good → better; bigger: 8 GB → 16 GB',
    )
  })
})

describe('addonOffers', () => {
  it('offers warranties as upsells and accessories and consumables as cross-sells, with attach rates', () => {
    const offers = addonOffers(model, at('L1'), new Set(), 10)
    expect(offers.map((o) => [o.sku, o.kind])).toEqual([
      ['W1', 'upsell'],
      ['BAG', 'cross_sell'],
      ['WIPES', 'cross_sell'],
    ])
    expect(offers[1]!.reasons[0]).toEqual({
      code: 'addon',
      relation: 'accessory_of',
      anchor: 'L1',
      attach_rate: 0.4,
      orders: 2,
      anchor_orders: 5,
    })
    expect(describeReason(offers[0]!.reasons[0]!)).toBe(
      'Warranty for L1: 20% of its orders add it (1 of 5)',
    )
  })

  it('says when the anchor was never ordered, and when never bought together', () => {
    const l3 = addonOffers(model, at('L3'), new Set(), 10)
    expect(l3.find((o) => o.sku === 'W1')!.reasons[0]).toMatchObject({ attach_rate: 0, orders: 0 })
    expect(describeReason(l3.find((o) => o.sku === 'W1')!.reasons[0]!)).toContain(
      'never bought together',
    )
  })
})

describe('choiceOffers', () => {
  it('returns step up, premium and a cheaper option, at least 10 % apart', () => {
    const offers = choiceOffers(model, at('L1'), new Set())
    expect(offers.map((o) => [o.sku, o.kind])).toEqual([
      ['L2', 'upsell'],
      ['L3', 'upsell'],
      ['C1', 'alternative'],
    ])
    expect(offers.map((o) => (o.reasons[0] as { option: string }).option)).toEqual([
      'step_up',
      'premium',
      'cheaper',
    ])
    expect(offers[2]!.reasons[0]).toMatchObject({ price_delta: -20000, source: 'learned' })
    const prices = [89900, ...offers.map((o) => model.prices[at(o.sku)]!)].sort((a, b) => a - b)
    for (let k = 1; k < prices.length; k++)
      expect(prices[k]! / prices[k - 1]!).toBeGreaterThanOrEqual(1.1)
  })

  it('fills the third slot with a further step when nothing is cheaper', () => {
    const offers = choiceOffers(model, at('C1'), new Set())
    expect(offers.length).toBeLessThanOrEqual(3)
    expect(offers.map((o) => o.sku)).not.toContain('C1')
    expect(offers[0]!.reasons[0]).toMatchObject({ option: 'step_up', to: 'L1' })
  })
})

describe('recommend, product and choices placements', () => {
  it('puts declared tiers and variants first, then learned, add-ons and cross-sells', () => {
    const offers = recommend(model, { id: 'p', cart: ['L1'], placement: 'product', limit: 20 })
    expect(offers.slice(0, 4).map((o) => o.sku)).toEqual(['L2', 'L3', 'L4', 'R1'])
    expect(offers.slice(4, 7).map((o) => o.sku)).toEqual(['W1', 'BAG', 'WIPES'])
    expect(offers.map((o) => o.sku)).not.toContain('L1')
    expect(new Set(offers.map((o) => o.sku)).size).toBe(offers.length)
    for (const o of offers) expect(o.reasons.length).toBeGreaterThan(0)
    for (let k = 1; k < offers.length; k++)
      expect(offers[k]!.score).toBeLessThan(offers[k - 1]!.score)
    expect(
      recommend(model, { id: 'p', cart: ['L1'], placement: 'product', limit: 2 }),
    ).toHaveLength(2)
  })

  it('returns at most three choices, and none for a cart that is not one known item', () => {
    const offers = recommend(model, { id: 'c', cart: ['L1'], placement: 'choices', limit: 10 })
    expect(offers).toHaveLength(3)
    expect(
      recommend(model, { id: 'c', cart: ['L1'], placement: 'choices', limit: 1 }),
    ).toHaveLength(1)
    expect(recommend(model, { id: 'c', cart: ['nope'], placement: 'choices', limit: 10 })).toEqual(
      [],
    )
    expect(describeReason(offers[2]!.reasons[0]!)).toBe('Cheaper option: C1 — −200.00 (−22 %)')
  })
})
