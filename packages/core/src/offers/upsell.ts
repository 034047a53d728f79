/**
 * Upsell offers for a viewed item: the declared ladder first, then learned upgrades.
 * @module
 */
import type { Offer } from '../domain/offer.js'
import type { UpgradeReason } from '../domain/reason.js'
import type { Model } from '../model/model.js'
import { declaredUpgrades } from './declared-ladder.js'
import { changesBetween } from './gains.js'
import { priceStep } from './price-step.js'

/** One upgrade of an item with its reason, before it becomes an offer. */
export interface Upgrade {
  item: number
  reason: UpgradeReason
}

/** The learned upgrades of `a` from the model, best first, with their trade-up customers. */
export function learnedUpgrades(model: Model, a: number): { item: number; customers: number }[] {
  const u = model.upgrades
  const out: { item: number; customers: number }[] = []
  for (let k = u.offsets[a]!; k < u.offsets[a + 1]!; k++)
    out.push({ item: u.items[k]!, customers: u.customers[k] ?? 0 })
  return out
}

/**
 * Every upgrade of `a` in order: declared tiers (next, premium, between), declared pricier
 * variants, then learned upgrades; each item once, never `a`.
 */
export function upgradesOf(model: Model, a: number): Upgrade[] {
  const out: Upgrade[] = []
  const seen = new Set<number>([a])
  const from = model.skus[a]!
  for (const o of declaredUpgrades(model, a)) {
    if (seen.has(o.item)) continue
    seen.add(o.item)
    const reason: UpgradeReason = {
      code: 'upgrade',
      from,
      to: model.skus[o.item]!,
      ...priceStep(model, a, o.item),
      what_you_gain: changesBetween(model, a, o.item),
      source: 'declared',
      relation: o.relation,
    }
    if (o.step && o.step !== 'lower') reason.step = o.step
    out.push({ item: o.item, reason })
  }
  for (const l of learnedUpgrades(model, a)) {
    if (seen.has(l.item)) continue
    seen.add(l.item)
    out.push({
      item: l.item,
      reason: {
        code: 'upgrade',
        from,
        to: model.skus[l.item]!,
        ...priceStep(model, a, l.item),
        what_you_gain: changesBetween(model, a, l.item, l.customers),
        source: 'learned',
        relation: 'learned',
      },
    })
  }
  return out
}

/**
 * Upsell offers for viewed item `a` (kind `upsell`, one `upgrade` reason each), declared before
 * learned, skipping `exclude`d items, at most `limit`. Scores fall with the position.
 */
export function upsellOffers(
  model: Model,
  a: number,
  exclude: ReadonlySet<number>,
  limit: number,
): Offer[] {
  const kept = upgradesOf(model, a)
    .filter((u) => !exclude.has(u.item))
    .slice(0, limit)
  return kept.map((u, k) => ({
    sku: model.skus[u.item]!,
    kind: 'upsell' as const,
    score: Number((1 - k / (kept.length + 1)).toFixed(4)),
    reasons: [u.reason],
  }))
}
