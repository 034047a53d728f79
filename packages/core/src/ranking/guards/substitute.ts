/**
 * An extra is not another version of what the customer is buying: a second laptop of the same
 * family is an upgrade question, never a cross-sell.
 * @module
 */
import type { OfferKind } from '../../domain/offer.js'
import type { Model } from '../../model/model.js'
import { variantSiblings } from '../../offers/declared-ladder.js'
import type { Guard } from './types.js'

/**
 * The SKUs the merchant declared as versions of the cart's items: the same tier family, or joined
 * by `variant_of`.
 */
export function versionsOf(model: Model, cart: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const sku of cart) {
    const a = model.itemIndex.get(sku)
    if (a === undefined) continue
    for (const v of variantSiblings(model, a)) out.add(model.skus[v]!)
    const family = model.catalog.tiers.get(a)?.family
    if (family === undefined) continue
    for (const [i, t] of model.catalog.tiers)
      if (t.family === family && i !== a) out.add(model.skus[i]!)
  }
  return out
}

/** Drops candidates of `kinds` (extras, not upgrades) that are versions of a cart item. */
export function notAVersion(
  versions: ReadonlySet<string>,
  kinds: readonly OfferKind[] = ['cross_sell', 'bundle', 'popular', 'reorder'],
): Guard {
  return (c) =>
    kinds.includes(c.kind) && versions.has(c.sku)
      ? { guard: 'substitute', reason: 'version_of_cart_item' }
      : undefined
}
