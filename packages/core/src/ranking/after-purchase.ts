/**
 * After a purchase (thank-you page, order-confirmation email): the bought items' declared add-ons
 * first — the warranty, the service plan, the accessory — then what sells with the order.
 * @module
 */
import type { Offer } from '../domain/offer.js'
import type { Model } from '../model/model.js'
import { addonOffers } from '../offers/addons.js'
import { crossSell } from './cross-sell.js'
import type { PersonalProfile } from './personal.js'

/**
 * Add-ons of every bought item (in cart order), then cross-sells for the whole order; each item
 * once, never an `exclude`d one, at most `limit`. Scores fall with the position.
 */
export function afterPurchase(
  model: Model,
  cart: readonly number[],
  exclude: Set<number>,
  limit: number,
  profile?: PersonalProfile,
): Offer[] {
  const offers: Offer[] = []
  const take = (next: Offer[]): void => {
    for (const o of next) {
      const i = model.itemIndex.get(o.sku)!
      if (offers.length >= limit || exclude.has(i)) continue
      offers.push(o)
      exclude.add(i)
    }
  }
  for (const a of cart) take(addonOffers(model, a, exclude, limit))
  if (offers.length < limit) take(crossSell(model, cart, exclude, limit - offers.length, profile))
  return offers.map((o, k) => ({ ...o, score: Number((1 - k / (offers.length + 1)).toFixed(4)) }))
}
