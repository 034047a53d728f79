/**
 * `recommend`: one request in, the offers for its placement out.
 * @module
 */
import type { Offer } from '../domain/offer.js'
import type { RecommendRequest } from '../domain/recommend-request.js'
import type { Model } from '../model/model.js'
import { choiceOffers } from '../offers/choices.js'
import { afterPurchase } from './after-purchase.js'
import { crossSell } from './cross-sell.js'
import { ownedDurables } from './ownership.js'
import { personalNext, personalProfile } from './personal.js'
import { fillWithPopular } from './popular-fill.js'
import { productPage } from './product-page.js'
import { tillOffers } from './till.js'

/**
 * Answers a request from a trained model. Never returns an item in the cart; returns at most
 * `limit` offers, each with at least one reason.
 * - `follow_up` with a known customer and an empty cart: the customer's likely next basket.
 * - `product` with a one-item cart the model knows: upsells (declared tiers and variants, then
 *   learned upgrades), add-ons, cross-sells, popular items (see `productPage`).
 * - `choices` with a one-item cart the model knows: at most three well-spaced options around the
 *   item (see `choiceOffers`); `limit` can only shorten the list.
 * - `pos` with a cart the model knows: the till's questions about the last item rung up — its
 *   upgrade first, then add-ons and cross-sells (see `tillOffers`).
 * - `thank_you` and `email_order_confirmation`: the bought items' declared add-ons first, then
 *   cross-sells for the order (see `afterPurchase`).
 * - every other placement: cross-sells for the cart, blended with a known customer's own
 *   habits, filled with popular items when the cart is empty or unknown to the model.
 * A known customer is never offered a durable they already own (see `ownedDurables`).
 */
export function recommend(model: Model, request: RecommendRequest): Offer[] {
  const exclude = new Set<number>()
  const cart: number[] = []
  for (const sku of request.cart) {
    const i = model.itemIndex.get(sku)
    if (i !== undefined) {
      cart.push(i)
      exclude.add(i)
    }
  }
  const customer =
    request.customer === undefined ? undefined : model.customerIndex.get(request.customer)
  // Never offer a durable the customer already owns (a consumable, yes: that is a refill).
  if (customer !== undefined)
    for (const i of ownedDurables(model, customer, request.at)) exclude.add(i)
  if (request.placement === 'follow_up' && customer !== undefined && cart.length === 0) {
    const profile = personalProfile(model, customer, request.at)
    return excludeSkus(personalNext(model, profile, exclude, request.limit), request.cart)
  }
  if (cart.length === 1 && request.cart.length === 1) {
    if (request.placement === 'product')
      return excludeSkus(productPage(model, cart[0]!, exclude, request.limit), request.cart)
    if (request.placement === 'choices')
      return excludeSkus(
        choiceOffers(model, cart[0]!, exclude).slice(0, request.limit),
        request.cart,
      )
  }
  if (request.placement === 'choices') return []
  if (request.placement === 'pos' && cart.length > 0)
    return excludeSkus(
      tillOffers(model, cart[cart.length - 1]!, exclude, request.limit),
      request.cart,
    )
  const profile = customer === undefined ? undefined : personalProfile(model, customer, request.at)
  const bought =
    request.placement === 'thank_you' || request.placement === 'email_order_confirmation'
  const offers = bought
    ? afterPurchase(model, cart, exclude, request.limit, profile)
    : crossSell(model, cart, exclude, request.limit, profile)
  for (const o of offers) exclude.add(model.itemIndex.get(o.sku)!)
  const fallback =
    request.cart.length === 0 ? 'empty_cart' : cart.length === 0 ? 'cold_cart' : 'fill'
  return excludeSkus(fillWithPopular(model, offers, exclude, request.limit, fallback), request.cart)
}

/** Belt and braces for the contract: nothing in the cart, whatever the model knows. */
function excludeSkus(offers: Offer[], cart: readonly string[]): Offer[] {
  if (cart.length === 0) return offers
  const inCart = new Set(cart)
  return offers.filter((o) => !inCart.has(o.sku))
}
