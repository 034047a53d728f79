/**
 * Loyalty nudges: the customer's progress in each program, and the program item they buy most
 * as a candidate that says how close the reward is.
 * @module
 */
import type { Order } from '../../domain/order.js'
import type { Model } from '../../model/model.js'
import { type LoyaltyProgress, loyaltyProgress } from '../../offers/loyalty.js'
import type { Candidate } from '../../rules/candidate.js'
import type { ItemFacts } from './item-facts.js'
import type { OfferSettings } from './settings.js'
import { strengthOf } from './strength.js'

/** A known customer's baskets in the model as orders: one unit per item at the model's price. */
export function historyFromModel(model: Model, customer: number): Order[] {
  const h = model.customers
  const orders: Order[] = []
  for (let b = h.basketOffsets[customer]!; b < h.basketOffsets[customer + 1]!; b++) {
    const lines = []
    for (let k = h.itemOffsets[b]!; k < h.itemOffsets[b + 1]!; k++) {
      const i = h.items[k]!
      const price = model.prices[i]!
      lines.push({
        sku: model.skus[i]!,
        quantity: 1,
        unitPrice: Number.isFinite(price) ? Math.round(price) : undefined,
      })
    }
    const at = h.times[b]!
    orders.push({
      id: `${h.ids[customer]}#${b}`,
      customerId: h.ids[customer]!,
      orderedAt: Number.isFinite(at) ? at : undefined,
      lines,
    })
  }
  return orders
}

/**
 * Progress in every program for a customer with history, and for each program they have started
 * (have > 0), the program item they bought most as a `reorder` candidate with the
 * `loyalty_progress` and `bought_before` reasons (a points program over every item gives no candidate).
 */
export function loyaltyCandidates(
  model: Model,
  settings: OfferSettings,
  history: readonly Order[],
  at: number,
  facts: (sku: string) => ItemFacts | undefined,
): { progress: LoyaltyProgress[]; candidates: Candidate[] } {
  const progress: LoyaltyProgress[] = []
  const candidates: Candidate[] = []
  if (history.length === 0) return { progress, candidates }
  for (const program of settings.loyalty) {
    const p = loyaltyProgress(program, history, at)
    progress.push(p)
    if (p.reason.have === 0 || program.skus.length === 0) continue
    const bought = new Map<string, number>()
    for (const o of history)
      for (const l of o.lines)
        if (program.skus.includes(l.sku)) bought.set(l.sku, (bought.get(l.sku) ?? 0) + l.quantity)
    const top = [...bought].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]
    const f = top && facts(top[0])
    if (!f) continue
    const reasons = [p.reason, { code: 'bought_before' as const, times: top[1] }]
    const strength = strengthOf(model, f.sku, 'reorder', reasons)
    candidates.push({ ...f, kind: 'reorder', score: 0, strength, reasons })
  }
  return { progress, candidates }
}
