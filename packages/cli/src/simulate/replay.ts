/**
 * A holdout test replayed on real history: train on the past, "show" offers to the treated
 * customers' later orders, and record the events the service would have stored.
 * @module
 */
import {
  assignHoldout,
  BasketSetBuilder,
  type HoldoutConfig,
  type Order,
  recommend,
  type TrackedEvent,
  trainModel,
} from 'upcross'

/** How the replay runs. */
export interface ReplaySettings {
  /** Share of orders (earliest first) the model is trained on. */
  trainShare: number
  holdout: HoldoutConfig
  /** Offers shown per order. */
  limit: number
}

/** The replay's events, its split and its arms. */
export interface Replay {
  events: TrackedEvent[]
  /** The training orders as purchases of the same arms, with no offers: an A/A check. */
  trainEvents: TrackedEvent[]
  trainOrders: number
  testOrders: number
  /** Times of the first and last training and replayed orders (epoch ms). */
  trainSpan: [number, number]
  testSpan: [number, number]
  /** Every customer of the file with its arm: customers who did not order later count as 0. */
  population: { unit: string; arm: string }[]
}

/** The offers are "shown" this long before the order is placed, while the cart is being filled. */
export const SHOWN_BEFORE_MS = 60_000
/** The strategy name stamped on the replay's offers. */
export const STRATEGY = 'upcross'

/**
 * Orders sorted by time are split at `trainShare` (orders at the cut's instant all go to the
 * replay); a model is trained on the first part. Each customer is assigned to the holdout or
 * the treated arm with `assignHoldout`. Every replayed order becomes purchase events (revenue =
 * quantity × unit price); for treated customers, `recommend` at the `cart` placement for the
 * order's lines before its last one gives the offers shown (impressions a minute before the
 * order), and an offer is accepted only when the order itself holds the item. Nothing the
 * customers did is changed: this measures honest attribution, not an invented uplift.
 */
export function replayHistory(history: readonly Order[], settings: ReplaySettings): Replay {
  const orders = [...history].sort(
    (a, b) => a.orderedAt! - b.orderedAt! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  const cut = splitIndex(orders, settings.trainShare)
  const train = orders.slice(0, cut)
  const test = orders.slice(cut)
  const builder = new BasketSetBuilder()
  for (const o of train) builder.addOrder(o)
  const model = trainModel(builder.build())
  const arm = (c: string) => (assignHoldout(c, settings.holdout) ? 'holdout' : 'treated')
  const customers = [...new Set(orders.map((o) => o.customerId))].sort()
  const events: TrackedEvent[] = []
  for (const order of test) {
    const holdout = arm(order.customerId) === 'holdout'
    if (!holdout) events.push(...offersFor(model, order, settings.limit))
    events.push(...purchases(order, holdout))
  }
  const before = train.flatMap((o) => purchases(o, arm(o.customerId) === 'holdout'))
  const span = (list: readonly Order[]): [number, number] =>
    list.length === 0 ? [Number.NaN, Number.NaN] : [list[0]!.orderedAt!, list.at(-1)!.orderedAt!]
  return {
    events,
    trainEvents: before,
    trainOrders: train.length,
    testOrders: test.length,
    trainSpan: span(train),
    testSpan: span(test),
    population: customers.map((unit) => ({ unit, arm: arm(unit) })),
  }
}

/** One purchase event per order line; revenue = quantity × unit price (minor units). */
function purchases(order: Order, holdout: boolean): TrackedEvent[] {
  return order.lines.map((l, i) => {
    const e: TrackedEvent = {
      id: `p:${order.id}:${i}`,
      kind: 'purchase',
      at: order.orderedAt!,
      sku: l.sku,
      customer: order.customerId,
      orderId: order.id,
      quantity: l.quantity,
      holdout,
    }
    if (l.unitPrice !== undefined) e.revenue = Math.round(l.quantity * l.unitPrice)
    return e
  })
}

/** The first replayed order: `share` of the orders, moved back so one instant is not split. */
function splitIndex(orders: readonly Order[], share: number): number {
  let cut = Math.min(orders.length, Math.max(0, Math.floor(orders.length * share)))
  while (cut > 0 && cut < orders.length && orders[cut - 1]!.orderedAt === orders[cut]!.orderedAt)
    cut--
  return cut
}

/** Impressions of the offers for the order's cart before its last line, and their accepts. */
function offersFor(model: ReturnType<typeof trainModel>, order: Order, limit: number) {
  const at = order.orderedAt!
  const cart = [...new Set(order.lines.slice(0, -1).map((l) => l.sku))]
  const bought = new Set(order.lines.map((l) => l.sku))
  const offers = recommend(model, {
    id: order.id,
    cart,
    customer: order.customerId,
    placement: 'cart',
    limit,
    at,
  })
  const events: TrackedEvent[] = []
  offers.forEach((offer, k) => {
    const offerId = `${order.id}:${k}`
    const common = {
      sku: offer.sku,
      offerId,
      customer: order.customerId,
      placement: 'cart' as const,
    }
    const shownAt = at - SHOWN_BEFORE_MS
    events.push({
      id: `i:${offerId}`,
      kind: 'impression',
      at: shownAt,
      ...common,
      strategy: STRATEGY,
    })
    if (bought.has(offer.sku))
      events.push({ id: `a:${offerId}`, kind: 'accept', at: at - SHOWN_BEFORE_MS / 2, ...common })
  })
  return events
}
