/**
 * `@upcross/widgets`: storefront web components for every placement, in one small script.
 * Loading it configures itself from its script tag's `data-*` attributes and defines the elements.
 * @module
 */
import { configureFromScript } from './config.js'
import { defineAll } from './define.js'

export { UpcrossBundle } from './bundle.js'
export type { CartEntry } from './cart.js'
export { CART_CHANGED } from './cart.js'
export { UpcrossCheckoutOffer } from './checkout-offer.js'
export { UpcrossChoices } from './choices.js'
export type { Labels, UpcrossConfig } from './config.js'
export { config, configure } from './config.js'
export { UpcrossCrossSell } from './cross-sell.js'
export { defineAll, ELEMENTS } from './define.js'
export { UpcrossFreeShippingBar } from './free-shipping-bar.js'
export type { AddToCartDetail } from './offer-element.js'
export { ADD_TO_CART, OfferElement } from './offer-element.js'
export { UpcrossThankYou } from './thank-you.js'
export { flush, track } from './tracker.js'
export type { Offer, OffersAnswer, ThresholdState, TrackedEvent } from './types.js'
export { UpcrossUpsell } from './upsell.js'

configureFromScript(document.currentScript)
defineAll()
