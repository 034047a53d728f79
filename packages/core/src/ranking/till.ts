/**
 * The till: what a cashier asks about the item just rung up — the upgrade first ("Would you like
 * it large?"), then an add-on or a companion ("Would you like a shake?").
 * @module
 */
import type { Offer } from '../domain/offer.js'
import type { Model } from '../model/model.js'
import { productPage } from './product-page.js'

/**
 * Offers for chosen item `a` at the till: its best upgrade (at most one: a cashier asks once),
 * then add-ons and cross-sells in the product page's order. Scores fall with the position.
 */
export function tillOffers(model: Model, a: number, exclude: Set<number>, limit: number): Offer[] {
  const page = productPage(model, a, exclude, limit + 4)
  // An upgrade is asked once; declared add-ons (a warranty is an upsell too) stay sayable.
  const isUpgrade = (o: Offer) => o.reasons.some((r) => r.code === 'upgrade')
  const upgrade = page.find(isUpgrade)
  const rest = page.filter((o) => !isUpgrade(o))
  const offers = (upgrade ? [upgrade, ...rest] : rest).slice(0, limit)
  return offers.map((o, k) => ({ ...o, score: Number((1 - k / (offers.length + 1)).toFixed(4)) }))
}
