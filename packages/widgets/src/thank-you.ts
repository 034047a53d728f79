/**
 * `<upcross-thank-you cart="…order SKUs…">`: the post-purchase offer on the thank-you page.
 * @module
 */
import { OfferCards } from './offer-cards.js'

/** The thank-you page widget. */
export class UpcrossThankYou extends OfferCards {
  protected readonly placement = 'thank_you' as const
  protected readonly defaultHeading = 'Complete your set'
}
