import { describe, expect, it } from 'vitest'
import { attribute } from './attribute.js'
import { DAY } from './events.js'
import { takenImpressions } from './takes.js'
import { bought, ev, h, shown } from './test-events.js'

describe('attribute', () => {
  it('credits a purchase after the impression, within the window, to the same customer', () => {
    const s = shown(0, 'mug', 'alice')
    const events = [s, bought(5, 'mug', 'alice', 'o1', 1250), bought(5, 'tea', 'alice', 'o1', 400)]
    const a = attribute(events)
    expect(a.lines).toEqual([
      expect.objectContaining({
        orderId: 'o1',
        sku: 'mug',
        unit: 'alice',
        revenue: 1250,
        refunded: 0,
        net: 1250,
        impressionId: s.id,
        offerId: s.offerId,
        placement: 'cart',
        shownAt: h(0),
      }),
    ])
    expect(a.net).toBe(1250)
  })

  it('does not credit a purchase before the impression, at the same instant, or after the window', () => {
    const events = [
      bought(0, 'mug', 'alice', 'o0', 1000), // before it was shown
      shown(1, 'mug', 'alice'),
      bought(1, 'mug', 'alice', 'o1', 1000), // same millisecond: not caused by it
      bought(1 + 7 * 24 + 1, 'mug', 'alice', 'o2', 1000), // 7 days and 1 hour later
      bought(2, 'mug', 'bob', 'o3', 1000), // someone else
      bought(2, 'cup', 'alice', 'o4', 1000), // another item
    ]
    expect(attribute(events).lines).toEqual([])
    // A 10-day window reaches the late order.
    expect(attribute(events, { windowMs: 10 * DAY }).lines.map((l) => l.orderId)).toEqual(['o2'])
  })

  it('credits each line once, to the latest of two impressions', () => {
    const first = shown(0, 'mug', 'alice', { placement: 'product' })
    const second = shown(3, 'mug', 'alice', { placement: 'checkout', strategy: 'b' })
    const a = attribute([bought(4, 'mug', 'alice', 'o1', 900), second, first])
    expect(a.lines).toHaveLength(1)
    expect(a.lines[0]).toMatchObject({
      impressionId: second.id,
      placement: 'checkout',
      strategy: 'b',
    })
    // Bought between the two impressions: the first one earns it.
    const b = attribute([first, bought(2, 'mug', 'alice', 'o2', 900), second])
    expect(b.lines.map((l) => l.impressionId)).toEqual([first.id])
  })

  it('matches by session when the purchase is by a guest of the same session', () => {
    const s = shown(0, 'mug', '', { customer: undefined, session: 's9' })
    const p = bought(1, 'mug', 'carol', 'o1', 700, { session: 's9' })
    expect(attribute([s, p]).lines.map((l) => [l.unit, l.net])).toEqual([['carol', 700]])
  })

  it('subtracts refunds of the same order and SKU', () => {
    const events = [
      shown(0, 'mug', 'alice'),
      shown(0, 'pot', 'alice'),
      bought(1, 'mug', 'alice', 'o1', 1200, { quantity: 3 }),
      bought(1, 'pot', 'alice', 'o1', 3000),
      ev('refund', 30, { sku: 'mug', orderId: 'o1', revenue: 400 }), // one of three mugs
      ev('refund', 31, { sku: 'pot', orderId: 'o1' }), // the whole pot
      ev('refund', 31, { sku: 'mug', orderId: 'o-other', revenue: 999 }), // another order
    ]
    const a = attribute(events)
    // mug: 1200 − 400 = 800; pot: 3000 − 3000 = 0.
    expect(a.lines.map((l) => [l.sku, l.revenue, l.refunded, l.net])).toEqual([
      ['mug', 1200, 400, 800],
      ['pot', 3000, 3000, 0],
    ])
    expect([a.revenue, a.refunded, a.net]).toEqual([4200, 3400, 800])
  })

  it('refunds by quantity and caps refunds at what was paid', () => {
    const events = [
      shown(0, 'mug', 'alice'),
      bought(1, 'mug', 'alice', 'o1', 1200, { quantity: 4 }),
      ev('refund', 2, { sku: 'mug', orderId: 'o1', quantity: 1 }),
      shown(0, 'pot', 'bob'),
      bought(1, 'pot', 'bob', 'o2', 500),
      ev('refund', 2, { sku: 'pot', orderId: 'o2', revenue: 800 }),
    ]
    // mug: 1 of 4 refunded → 1200 × 1/4 = 300; pot: capped at 500.
    expect(attribute(events).lines.map((l) => [l.sku, l.net])).toEqual([
      ['mug', 900],
      ['pot', 0],
    ])
  })
})

describe('takenImpressions', () => {
  it('counts an impression taken by an accept of its offer or by a credited purchase, once', () => {
    const a = shown(0, 'mug', 'alice')
    const b = shown(0, 'pot', 'alice')
    const c = shown(0, 'cup', 'alice')
    const d = shown(0, 'jug', 'bob')
    const events = [
      a,
      b,
      c,
      d,
      ev('accept', 0.1, { offerId: a.offerId, sku: 'mug', customer: 'alice' }),
      bought(1, 'mug', 'alice', 'o1', 100), // a again, counted once
      bought(1, 'pot', 'alice', 'o1', 100), // b by purchase
      ev('accept', 0.2, { offerId: 'never-shown' }),
      ev('accept', 0.3, { sku: 'jug', customer: 'bob' }), // d, matched by unit and SKU
    ]
    const taken = takenImpressions(events, attribute(events))
    expect([...taken].sort()).toEqual([a.id, b.id, d.id].sort())
  })
})
