/**
 * The trade-up baseline: more expensive items of the same category, by popularity.
 * @module
 */
import type { TradeUpTraining, UpsellLister } from '../protocols/trade-up-data.js'

/**
 * For a chosen SKU, the training SKUs of its (non-empty) category whose price is strictly higher,
 * most training baskets first (ties: cheaper first, then SKU). Unknown SKU, no category or no
 * price: an empty list.
 */
export function pricierInCategory(train: TradeUpTraining): UpsellLister {
  const byCategory = new Map<string, { sku: string; price: number; count: number }[]>()
  const facts = new Map<string, { category: string; price: number }>()
  for (const p of train.products) {
    if (!p.category || p.price === undefined) continue
    facts.set(p.sku, { category: p.category, price: p.price })
    const list = byCategory.get(p.category) ?? []
    list.push({ sku: p.sku, price: p.price, count: train.popularity.get(p.sku) ?? 0 })
    byCategory.set(p.category, list)
  }
  for (const list of byCategory.values()) {
    list.sort(
      (a, b) =>
        b.count - a.count || a.price - b.price || (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0),
    )
  }
  return (sku, limit) => {
    const own = facts.get(sku)
    if (!own) return []
    const out: string[] = []
    for (const c of byCategory.get(own.category)!) {
      if (out.length >= limit) break
      if (c.price > own.price) out.push(c.sku)
    }
    return out
  }
}
