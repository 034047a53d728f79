/**
 * The product page: upsells of the viewed item first, then its add-ons, then cross-sells.
 * @module
 */
import type { Offer } from '../domain/offer.js'
import type { Model } from '../model/model.js'
import { addonOffers } from '../offers/addons.js'
import { upsellOffers } from '../offers/upsell.js'
import { crossSell } from './cross-sell.js'
import { fillWithPopular } from './popular-fill.js'

/**
 * Offers for viewed item `a`: declared tiers and variants, learned upgrades, declared add-ons
 * (warranty, service plan, add-on, accessory, consumable), cross-sells, then popular items; each
 * item once, never `a` or an `exclude`d item, at most `limit`. Scores fall with the position
 * (1 for the first offer), so the order of the sections is kept.
 */
export function productPage(model: Model, a: number, exclude: Set<number>, limit: number): Offer[] {
  const offers: Offer[] = []
  const take = (next: Offer[]): void => {
    for (const o of next) {
      if (offers.length >= limit) return
      offers.push(o)
      exclude.add(model.itemIndex.get(o.sku)!)
    }
  }
  take(upsellOffers(model, a, exclude, limit))
  take(addonOffers(model, a, exclude, limit))
  if (offers.length < limit) take(crossSell(model, [a], exclude, limit - offers.length))
  if (offers.length < limit) fillWithPopular(model, offers, exclude, limit, 'fill')
  return offers.map((o, k) => ({ ...o, score: Number((1 - k / (offers.length + 1)).toFixed(4)) }))
}
