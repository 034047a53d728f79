/**
 * A small shop's events with every number of its reports worked out by hand (see the tests).
 * @module
 */
import type { TrackedEvent } from '../attribution/events.js'
import { bought, ev, shown } from '../attribution/test-events.js'
import type { CostOf } from './margin.js'

/** Unit costs: mug 400, tea 300, pot 900; bread unknown. */
export const COST: CostOf = (sku) => ({ mug: 400, tea: 300, pot: 900 })[sku]

const aliceMug = shown(0, 'mug', 'alice', { strategy: 'A' })

/**
 * alice (cart, strategy A): shown mug and pot, clicks and accepts the mug, orders mug 1200 + tea
 * 800. bob (product, B): shown jug, dismisses it, orders bread 500. carol (holdout): orders a mug
 * 1000 unprompted. dave (product, B): shown mug, orders 2 mugs for 1000, 500 refunded.
 */
export const SCENARIO: TrackedEvent[] = [
  aliceMug,
  shown(0, 'pot', 'alice', { strategy: 'A' }),
  ev('click', 0.1, { offerId: aliceMug.offerId, customer: 'alice' }),
  ev('accept', 0.2, { offerId: aliceMug.offerId, customer: 'alice', sku: 'mug' }),
  bought(1, 'mug', 'alice', 'A1', 1200),
  bought(1, 'tea', 'alice', 'A1', 800),
  shown(0, 'jug', 'bob', { placement: 'product', strategy: 'B' }),
  ev('dismiss', 0.1, { sku: 'jug', customer: 'bob', placement: 'product', strategy: 'B' }),
  bought(2, 'bread', 'bob', 'B1', 500),
  bought(3, 'mug', 'carol', 'C1', 1000, { holdout: true }),
  shown(5, 'mug', 'dave', { placement: 'product', strategy: 'B' }),
  bought(6, 'mug', 'dave', 'D1', 1000, { quantity: 2 }),
  ev('refund', 30, { sku: 'mug', orderId: 'D1', revenue: 500, customer: 'dave' }),
]
