/**
 * Add-ons at the point of choice: declared warranties, service plans, add-ons, accessories and
 * consumables for the viewed item, with attach rates from the order history.
 * @module
 */
import type { Offer, OfferKind } from '../domain/offer.js'
import type { AddonReason, AddonRelation } from '../domain/reason.js'
import type { Model } from '../model/model.js'

/** Declared relations that make an add-on, in the order they are offered, with their kind. */
export const ADDON_RELATIONS: readonly [AddonRelation, OfferKind][] = [
  ['warranty_for', 'upsell'],
  ['service_plan_for', 'upsell'],
  ['addon_for', 'upsell'],
  ['accessory_of', 'cross_sell'],
  ['consumable_for', 'cross_sell'],
]

const KIND = new Map(ADDON_RELATIONS)
const ORDER = new Map(ADDON_RELATIONS.map(([r], i) => [r, i]))

/**
 * Add-ons declared for `a`: upsells (warranty, service plan, add-on) before cross-sells
 * (accessory, consumable), each group by attach rate; each with an `addon` reason carrying the
 * attach rate (share of `a`'s orders that also had it; 0 when never bought together) unless `a`
 * was never ordered. `exclude`d items are skipped; at most `limit`.
 */
export function addonOffers(
  model: Model,
  a: number,
  exclude: ReadonlySet<number>,
  limit: number,
): Offer[] {
  const found: { item: number; reason: AddonReason; rank: number; rate: number }[] = []
  const seen = new Set<number>()
  const { relations, attach } = model.catalog
  relations.forEach((r, k) => {
    if (r.to !== a || exclude.has(r.from) || seen.has(r.from)) return
    const relation = r.kind as AddonRelation
    if (!KIND.has(relation)) return
    seen.add(r.from)
    const reason: AddonReason = { code: 'addon', relation, anchor: model.skus[a]! }
    const anchorOrders = attach.anchorOrders[k] ?? 0
    let rate = 0
    if (anchorOrders > 0) {
      const together = attach.together[k] ?? 0
      rate = Number((together / anchorOrders).toFixed(4))
      reason.attach_rate = rate
      reason.orders = together
      reason.anchor_orders = anchorOrders
    }
    found.push({ item: r.from, reason, rank: ORDER.get(relation)!, rate })
  })
  found.sort((x, y) => x.rank - y.rank || y.rate - x.rate || x.item - y.item)
  const kept = found.slice(0, limit)
  return kept.map((f, k) => ({
    sku: model.skus[f.item]!,
    kind: KIND.get(f.reason.relation)!,
    score: Number((1 - k / (kept.length + 1)).toFixed(4)),
    reasons: [f.reason],
  }))
}
