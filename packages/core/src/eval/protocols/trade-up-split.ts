/**
 * The time split of the trade-up protocol: the cut-off, and the training view before it.
 * @module
 */
import type { Product } from '../../domain/product.js'
import { BasketSetBuilder } from '../../mining/basket-set.js'
import type { Purchase, TradeUpTraining } from './trade-up-data.js'

/**
 * The time cut-off: basket times (a basket's earliest line) sorted ascending, the time of the
 * basket at position ⌊q·n⌋. Training = purchases strictly before it; test = at or after it.
 * `NaN` when there are no purchases.
 */
export function timeCutoff(purchases: readonly Purchase[], quantile: number): number {
  const times = [...basketTimes(purchases).values()].sort((a, b) => a - b)
  if (times.length === 0) return Number.NaN
  return times[Math.min(times.length - 1, Math.floor(quantile * times.length))]!
}

/** Each basket id's earliest line time. */
export function basketTimes(purchases: readonly Purchase[]): Map<string, number> {
  const times = new Map<string, number>()
  for (const p of purchases) {
    const t = times.get(p.basket)
    if (t === undefined || p.at < t) times.set(p.basket, p.at)
  }
  return times
}

/** Median of the unit prices of each SKU's lines, rounded to minor units. */
export function medianPrices(purchases: readonly Purchase[]): Map<string, number> {
  const bySku = new Map<string, number[]>()
  for (const p of purchases) {
    const list = bySku.get(p.sku)
    if (list) list.push(p.unitPrice)
    else bySku.set(p.sku, [p.unitPrice])
  }
  const out = new Map<string, number>()
  for (const [sku, prices] of bySku) {
    prices.sort((a, b) => a - b)
    const mid = prices.length >> 1
    const median = prices.length % 2 ? prices[mid]! : (prices[mid - 1]! + prices[mid]!) / 2
    out.set(sku, Math.round(median))
  }
  return out
}

/**
 * Builds the training view of `train` (purchases already restricted to before the cut-off):
 * baskets grouped by basket id, products with `categoryOf` and median prices, popularity.
 */
export function trainingView(
  train: readonly Purchase[],
  categoryOf: (sku: string) => string | undefined,
): TradeUpTraining {
  const times = basketTimes(train)
  const byBasket = new Map<string, Purchase[]>()
  for (const p of train) {
    const lines = byBasket.get(p.basket)
    if (lines) lines.push(p)
    else byBasket.set(p.basket, [p])
  }
  const ids = [...byBasket.keys()].sort((a, b) => times.get(a)! - times.get(b)! || cmp(a, b))
  const builder = new BasketSetBuilder()
  const popularity = new Map<string, number>()
  for (const id of ids) {
    const lines = byBasket.get(id)!
    builder.addOrder({
      id,
      customerId: lines[0]!.customer,
      orderedAt: times.get(id)!,
      lines: lines.map((l) => ({ sku: l.sku, quantity: 1, unitPrice: l.unitPrice })),
    })
    for (const sku of new Set(lines.map((l) => l.sku)))
      popularity.set(sku, (popularity.get(sku) ?? 0) + 1)
  }
  const products: Product[] = [...medianPrices(train)].map(([sku, price]) => ({
    sku,
    title: '',
    category: categoryOf(sku) ?? '',
    price,
  }))
  return { baskets: builder.build(), products, popularity }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
