/**
 * Registers the elements under their tag names (once: loading the script twice is harmless).
 * @module
 */
import { UpcrossBundle } from './bundle.js'
import { UpcrossCheckoutOffer } from './checkout-offer.js'
import { UpcrossChoices } from './choices.js'
import { UpcrossCrossSell } from './cross-sell.js'
import { UpcrossFreeShippingBar } from './free-shipping-bar.js'
import { UpcrossThankYou } from './thank-you.js'
import { UpcrossUpsell } from './upsell.js'

/** Every widget by tag name. */
export const ELEMENTS = {
  'upcross-upsell': UpcrossUpsell,
  'upcross-cross-sell': UpcrossCrossSell,
  'upcross-checkout-offer': UpcrossCheckoutOffer,
  'upcross-free-shipping-bar': UpcrossFreeShippingBar,
  'upcross-bundle': UpcrossBundle,
  'upcross-thank-you': UpcrossThankYou,
  'upcross-choices': UpcrossChoices,
} as const

/** Defines every widget that is not defined yet. */
export function defineAll(): void {
  for (const [tag, element] of Object.entries(ELEMENTS))
    if (!customElements.get(tag)) customElements.define(tag, element)
}
