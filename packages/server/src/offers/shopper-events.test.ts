import { createMemoryStore } from '@upcross/engine'
import { defaultOfferSettings, type OfferSettings, type RecommendRequest } from 'upcross'
import { describe, expect, it } from 'vitest'
import { offerCacheKey } from './serve-offers.js'
import { shopperEvents } from './shopper-events.js'
import type { StoreSettings } from './store-settings.js'

const NOW = Date.UTC(2026, 10, 1)
const S1 = { session: 's1' }

async function storeWith(events: { id: string; kind: 'impression' | 'dismiss' }[]) {
  const store = createMemoryStore()
  await store.appendEvents(
    'shop',
    events.map((e) => ({ ...e, at: NOW - 60_000, sku: 'MUG-1', placement: 'cart', session: 's1' })),
  )
  return store
}

function settingsWith(change: (s: OfferSettings) => void = () => {}): OfferSettings {
  const s = defaultOfferSettings('USD')
  change(s)
  return s
}

describe('shopperEvents', () => {
  it('reads impressions only for frequency caps and dismissals only for the dismissal guard', async () => {
    const store = await storeWith([
      { id: 'i1', kind: 'impression' },
      { id: 'd1', kind: 'dismiss' },
    ])
    // The defaults: dismissals kept away for 30 days, no frequency caps.
    const plain = await shopperEvents(store, 'shop', settingsWith(), S1, NOW)
    expect(plain.impressions).toEqual([])
    expect(plain.feedback.map((e) => e.sku)).toEqual(['MUG-1'])
    const capped = settingsWith((s) => {
      s.guards.frequencyCaps.session = { max: 3, windowMs: 3_600_000 }
      s.guards.dismissDays = 0
    })
    const shown = await shopperEvents(store, 'shop', capped, S1, NOW)
    expect(shown.impressions.map((e) => e.sku)).toEqual(['MUG-1'])
    expect(shown.feedback).toEqual([])
  })
})

describe('offerCacheKey', () => {
  const request: RecommendRequest = {
    id: 'r',
    placement: 'cart',
    cart: ['LAPTOP-1'],
    limit: 3,
  }
  const settings: StoreSettings = {
    version: 'v1',
    offers: settingsWith(),
    holdout: undefined,
    experiments: [],
    problems: [],
  }
  const arm = { holdout: false, strategy: undefined, objective: undefined }

  it('keeps the answer of a shopper with no events as that of a request without a shopper', async () => {
    const none = await shopperEvents(await storeWith([]), 'shop', settings.offers, S1, NOW)
    const key = offerCacheKey(request, { settings, arm, shopper: none })
    expect(key).toBeDefined()
    expect(key).toBe(offerCacheKey(request, { settings, arm }))
  })

  it('keeps no answer for a shopper whose events can change it', async () => {
    const store = await storeWith([{ id: 'd1', kind: 'dismiss' }])
    const shopper = await shopperEvents(store, 'shop', settings.offers, S1, NOW)
    expect(offerCacheKey(request, { settings, arm, shopper })).toBeUndefined()
  })
})
