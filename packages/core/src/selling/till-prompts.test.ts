import { describe, expect, it } from 'vitest'
import { laptopModel } from '../offers/test-catalog.js'
import type { ServedOffer } from '../ranking/pipeline/context.js'
import { serveOffers } from '../ranking/pipeline/serve-offers.js'
import { defaultOfferSettings } from '../ranking/pipeline/settings.js'
import { tillPrompts } from './till-prompts.js'

const model = laptopModel()
const titles = new Map(model.skus.map((s, i) => [s, model.titles[i]!]))
const nameOf = (sku: string): string => titles.get(sku) ?? sku
const settings = defaultOfferSettings('EUR')
const now = Date.UTC(2024, 1, 1)

describe('tillPrompts', () => {
  it('says the upgrade first by its size, then the first add-on, two in all', () => {
    // The product page ranks L2, L3, L4, R1 (upgrades), then W1 (warranty), BAG, …
    const page = serveOffers(
      model,
      { id: 'p', cart: ['L1'], placement: 'product', limit: 10 },
      settings,
      { now },
    )
    expect(tillPrompts(page, nameOf)).toEqual([
      { sku: 'L2', kind: 'upgrade', text: 'Would you like the 16 GB model for 200.00 more?' },
      { sku: 'W1', kind: 'add_on', text: 'Add the 3-year warranty for 129.00?' },
    ])
  })

  it('puts an upgrade first whatever the offers’ order, and falls back to tier or name', () => {
    const addOn: ServedOffer = {
      sku: 'BAG',
      kind: 'cross_sell',
      score: 1,
      price: 3990,
      reasons: [],
    }
    const tier: ServedOffer = {
      sku: 'L3',
      kind: 'upsell',
      score: 0.5,
      reasons: [
        {
          code: 'upgrade',
          from: 'L2',
          to: 'L3',
          price_delta: 40000,
          price_delta_pct: 0.36,
          what_you_gain: [{ code: 'higher_tier', from: 'better', to: 'best' }],
          source: 'declared',
          relation: 'tier',
          step: 'premium',
        },
      ],
    }
    expect(tillPrompts({ offers: [addOn, tier] }, nameOf).map((p) => p.text)).toEqual([
      'Would you like the best version for 400.00 more?',
      'Add the Laptop bag for 39.90?',
    ])
    const plain = {
      ...tier,
      reasons: [{ ...tier.reasons[0]!, what_you_gain: [], price_delta: null }],
    }
    expect(tillPrompts({ offers: [plain as ServedOffer] }, nameOf)[0]!.text).toBe(
      'Would you like Laptop 15", 32 GB instead?',
    )
    expect(tillPrompts({ offers: [addOn, tier] }, nameOf, 1).map((p) => p.sku)).toEqual(['L3'])
  })

  it('names a bundle by what it adds, at the price after the discount', () => {
    const bundle: ServedOffer = {
      sku: 'BAG',
      kind: 'bundle',
      score: 1,
      price: 5980,
      discount: 598,
      items: ['L1', 'BAG', 'MOUSE'],
      reasons: [
        {
          code: 'bundle',
          items: ['L1', 'BAG', 'MOUSE'],
          anchor: 'L1',
          full_price: 95880,
          bundle_price: 86292,
          saving: 9588,
          margin_after: null,
          orders: 2,
          confidence: 0.4,
          lift: 2,
          discount_capped_by_margin: false,
        },
      ],
    }
    expect(tillPrompts({ offers: [bundle] }, nameOf)[0]!.text).toBe(
      'Add Laptop bag and Mouse for 53.82?',
    )
  })
})

describe('the pos placement with the default settings', () => {
  // The till asks about the chosen item: the upgrade first ("Would you like it large?"), then an
  // add-on ("Would you like a shake?"), at most two (ranking/till.ts).
  it('returns at most two offers: the upgrade, then an add-on', () => {
    const pos = serveOffers(
      model,
      { id: 't', cart: ['L1'], placement: 'pos', limit: 10 },
      settings,
      { now },
    )
    expect(pos.offers.length).toBeLessThanOrEqual(2)
    expect(pos.offers[0]?.reasons.some((r) => r.code === 'upgrade')).toBe(true)
    expect(pos.offers[1]?.reasons.some((r) => r.code === 'upgrade')).toBe(false)
    expect(tillPrompts(pos, nameOf)).toEqual([
      { sku: 'L2', kind: 'upgrade', text: 'Would you like the 16 GB model for 200.00 more?' },
      // the declared warranty is the laptop's first add-on (an upsell by kind, not an upgrade)
      { sku: 'W1', kind: 'add_on', text: 'Add the 3-year warranty for 129.00?' },
    ])
  })

  it('never shows more than two', () => {
    const pos = serveOffers(
      model,
      { id: 't', cart: ['L1', 'MOUSE'], placement: 'pos', limit: 10 },
      settings,
      { now },
    )
    expect(pos.offers.length).toBeLessThanOrEqual(2)
  })
})
