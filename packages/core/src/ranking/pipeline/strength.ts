/**
 * Association strength of an offer from its reasons: the prior P(accept | shown) until feedback
 * exists.
 * @module
 */
import type { OfferKind } from '../../domain/offer.js'
import type { Reason } from '../../domain/reason.js'
import type { Model } from '../../model/model.js'

/**
 * Prior acceptance of offers whose reasons carry no rate (declared upgrades, choices): the
 * published take rates of upsell prompts are a few per cent (research/features.md), so 5 %.
 */
export const DEFAULT_UPSELL_PRIOR = 0.05

/**
 * The strongest evidence among the reasons, in [0, 1]: confidence (bought together, bundle),
 * attach rate (add-on), the item's repeat rate (bought before; 0.1 when too few buyers), the
 * share of similar customers, the popularity share; upsells and choices without a rate get
 * `DEFAULT_UPSELL_PRIOR`.
 */
export function strengthOf(model: Model, sku: string, kind: OfferKind, reasons: readonly Reason[]) {
  let s = 0
  for (const r of reasons) {
    switch (r.code) {
      case 'bought_together':
      case 'bundle':
        s = Math.max(s, r.confidence)
        break
      case 'addon':
        s = Math.max(s, r.attach_rate ?? 0)
        break
      case 'bought_before': {
        const i = model.itemIndex.get(sku)
        const rate = i === undefined ? Number.NaN : model.repeatRates[i]!
        s = Math.max(s, Number.isNaN(rate) ? 0.1 : rate)
        break
      }
      case 'similar_customers':
        s = Math.max(s, r.of > 0 ? r.customers / r.of : 0)
        break
      case 'popular':
        s = Math.max(s, r.share)
        break
      case 'upgrade':
      case 'choice':
        s = Math.max(s, DEFAULT_UPSELL_PRIOR)
        break
    }
  }
  if (s === 0 && (kind === 'upsell' || kind === 'alternative')) s = DEFAULT_UPSELL_PRIOR
  return Math.min(1, s)
}

/**
 * Confidence that buyers of any of `cart`'s items also take item `b`: max over the cart of
 * pairCount(a, b) / count(a), from the model's neighbour rows (0 when no row holds b).
 */
export function cartConfidence(model: Model, cart: readonly number[], b: number): number {
  const nb = model.neighbours
  let best = 0
  for (const a of cart) {
    const n = model.itemCounts[a]!
    if (!(n > 0)) continue
    for (let k = nb.offsets[a]!; k < nb.offsets[a + 1]!; k++)
      if (nb.items[k] === b) best = Math.max(best, nb.pairCounts[k]! / n)
  }
  return Math.min(1, best)
}
