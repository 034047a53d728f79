/**
 * `<upcross-upsell sku="…">`: the product page's upgrades (and add-ons, then cross-sells), each
 * with its reason.
 * @module
 */
import { OfferCards } from './offer-cards.js'
import type { OffersQuery } from './types.js'

/** The product page widget. */
export class UpcrossUpsell extends OfferCards {
  protected readonly placement = 'product' as const
  protected readonly defaultHeading = 'You may also like'

  protected override query(): OffersQuery | undefined {
    return this.sku ? super.query() : undefined
  }
}
