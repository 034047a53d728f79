/**
 * `<upcross-cross-sell>`: what goes with the cart, for the cart page and the mini-cart
 * (`compact`). It follows the cart through its `cart` attribute or property and every
 * `upcross:cart-changed` event, so headless and mini-carts stay in step.
 * @module
 */
import { OfferCards } from './offer-cards.js'
import type { OffersQuery } from './types.js'

/** The cart widget. */
export class UpcrossCrossSell extends OfferCards {
  protected readonly placement = 'cart' as const
  protected readonly defaultHeading = 'Goes well with your cart'
  protected override readonly followsCart = true

  protected override query(): OffersQuery | undefined {
    // Nothing to relate to before the shopper has chosen something.
    return this.cartSkus.length > 0 ? super.query() : undefined
  }
}
