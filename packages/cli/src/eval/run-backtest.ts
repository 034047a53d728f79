/**
 * `upcross backtest`: trains on the orders before a cut-off, replays the later ones against
 * upcross's offers (under the store's offer settings), top sellers and no offers, and reports
 * the result in money.
 * @module
 */
import {
  BasketSetBuilder,
  groupConsecutiveLinesAsync,
  type Model,
  type OfferSettings,
  type Order,
  type OrderFormat,
  type OrderLine,
  type Product,
  type ServedOffer,
  serveOffers,
  trainModel,
  UpcrossError,
} from 'upcross'
import { type BacktestPolicy, type BacktestReport, runBacktest } from 'upcross/eval'
import { openOrderSource } from '../io/index.js'

/** What a backtest run needs. */
export interface BacktestRun {
  orders: string[]
  format: OrderFormat
  products: readonly Product[]
  settings: OfferSettings
  /** Test period start (epoch ms); default: the time that leaves the last 20 % of orders. */
  from?: number
  placement: 'cart' | 'checkout' | 'email_abandoned_cart' | 'pos'
  limit: number
  costShare: number
  incrementality: number
  seed: number
}

/** The report with the facts of the split. */
export interface BacktestResult extends BacktestReport {
  trainOrders: number
  testOrders: number
  from: string
  placement: string
  limit: number
}

async function readOrders(paths: string[], format: OrderFormat): Promise<Order[]> {
  async function* accepted(): AsyncGenerator<OrderLine> {
    for await (const o of openOrderSource(paths, format)) if (o.kind === 'accept') yield o.row
  }
  const orders: Order[] = []
  for await (const order of groupConsecutiveLinesAsync(accepted())) orders.push(order)
  return orders.filter((o) => o.orderedAt !== undefined).sort((a, b) => a.orderedAt! - b.orderedAt!)
}

/** The popular items of the training period that are not in the cart: the top-sellers policy. */
function topSellers(model: Model, limit: number): BacktestPolicy {
  return {
    name: 'top sellers',
    offers: (cart) => {
      const out: ServedOffer[] = []
      for (const i of model.popular) {
        const sku = model.skus[i]!
        if (cart.includes(sku)) continue
        out.push({
          sku,
          kind: 'popular',
          score: 1 - out.length / (limit + 1),
          reasons: [
            {
              code: 'popular',
              orders: model.itemCounts[i]!,
              share: model.itemCounts[i]! / model.basketTotal,
              fallback: 'fill',
            },
          ],
        })
        if (out.length >= limit) break
      }
      return out
    },
  }
}

/** Runs the backtest; throws `invalid_input` when a period has no orders. */
export async function runBacktestCommand(run: BacktestRun): Promise<BacktestResult> {
  const orders = await readOrders(run.orders, run.format)
  const from = run.from ?? orders[Math.floor(orders.length * 0.8)]?.orderedAt
  if (from === undefined) throw new UpcrossError('invalid_input', 'no dated orders to replay')
  const train = orders.filter((o) => o.orderedAt! < from)
  const test = orders.filter((o) => o.orderedAt! >= from)
  if (train.length === 0 || test.length === 0)
    throw new UpcrossError(
      'invalid_input',
      `the cut-off ${new Date(from).toISOString()} leaves ${train.length} training and ${test.length} test orders; both need some`,
    )
  const builder = new BasketSetBuilder()
  for (const o of train) builder.addOrder(o)
  const model = trainModel(builder.build(), { products: run.products })
  const upcross: BacktestPolicy = {
    name: 'upcross',
    offers: (cart, order) => {
      const lines = order.lines
        .filter((l) => cart.includes(l.sku) && l.unitPrice !== undefined)
        .map((l) => ({ sku: l.sku, quantity: l.quantity, unitPrice: l.unitPrice! }))
      const request = {
        id: order.id,
        cart: [...cart],
        customer: order.customerId,
        placement: run.placement,
        limit: run.limit,
        at: order.orderedAt!,
      }
      return serveOffers(model, request, run.settings, { cartLines: lines }).offers
    },
  }
  const none: BacktestPolicy = { name: 'no offers', offers: () => [] }
  const top = topSellers(model, run.limit)
  const report = runBacktest(test, [upcross, top, none], {
    costShare: run.costShare,
    incrementality: run.incrementality,
    seed: run.seed,
    compare: [
      ['upcross', 'top sellers'],
      ['upcross', 'no offers'],
      ['top sellers', 'no offers'],
    ],
  })
  return {
    ...report,
    trainOrders: train.length,
    testOrders: test.length,
    from: new Date(from).toISOString(),
    placement: run.placement,
    limit: run.limit,
  }
}
