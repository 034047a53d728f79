import { describe, expect, it } from 'vitest'
import { bought, ev, shown } from '../attribution/test-events.js'
import { acceptanceBelief, acceptanceKey, countAcceptance } from './acceptance.js'
import { posteriorMean } from './beta.js'

describe('countAcceptance', () => {
  const mug1 = shown(0, 'mug', 'alice')
  const mug2 = shown(0, 'mug', 'bob')
  const mug3 = shown(0, 'mug', 'carol', { placement: 'product' })
  const events = [
    mug1,
    mug2,
    mug3,
    shown(0, 'pot', 'alice'),
    ev('accept', 0.5, { offerId: mug1.offerId }),
    bought(1, 'mug', 'bob', 'o1', 900), // bob took it by buying
  ]

  it('counts shows and takes per placement and SKU', () => {
    const counts = countAcceptance(events)
    expect(counts.get(acceptanceKey({ placement: 'cart', sku: 'mug' }))).toEqual({
      shows: 2,
      takes: 2,
    })
    expect(counts.get(acceptanceKey({ placement: 'product', sku: 'mug' }))).toEqual({
      shows: 1,
      takes: 0,
    })
    expect(counts.get(acceptanceKey({ placement: 'cart', sku: 'pot' }))).toEqual({
      shows: 1,
      takes: 0,
    })
    // Accepts only: bob's purchase does not count.
    const accepts = countAcceptance(events, { takes: 'accept' })
    expect(accepts.get(acceptanceKey({ placement: 'cart', sku: 'mug' }))).toEqual({
      shows: 2,
      takes: 1,
    })
  })

  it('splits arms by offer kind when told the kind', () => {
    const kindOf = (e: { customer?: string }) => (e.customer === 'alice' ? 'cross_sell' : 'upsell')
    const counts = countAcceptance(events, { kindOf })
    expect(
      counts.get(acceptanceKey({ placement: 'cart', sku: 'mug', kind: 'cross_sell' })),
    ).toEqual({
      shows: 1,
      takes: 1,
    })
  })

  it('gives the prior for an arm never shown and the updated belief otherwise', () => {
    const counts = countAcceptance(events)
    const never = acceptanceBelief(counts, { placement: 'pos', sku: 'mug' }, 0.2, 10)
    expect(never).toEqual({ alpha: 2, beta: 8 })
    // prior Beta(2, 8) + 2 takes of 2 shows → Beta(4, 8): mean 1/3.
    const cartMug = acceptanceBelief(counts, { placement: 'cart', sku: 'mug' }, 0.2, 10)
    expect(posteriorMean(cartMug)).toBeCloseTo(1 / 3, 12)
  })
})
