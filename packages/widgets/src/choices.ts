/**
 * `<upcross-choices sku="…">`: the rule of three: at most three well-spaced options next to the
 * viewed product, cheapest first.
 * @module
 */
import { config } from './config.js'
import { OfferCards } from './offer-cards.js'
import type { Offer, OffersQuery } from './types.js'

/** The rule-of-three widget. */
export class UpcrossChoices extends OfferCards {
  protected readonly placement = 'choices' as const
  protected readonly defaultHeading = 'Choose your option'

  protected override query(): OffersQuery | undefined {
    return this.sku ? super.query() : undefined
  }

  protected override addLabel(): string {
    return config.labels.choose
  }

  /** Never more than three, whatever `limit` says. */
  protected override get shownLimit(): number {
    return Math.min(3, super.shownLimit)
  }

  protected override ordered(): Offer[] {
    return [...this.offers].sort((a, b) => (this.priceOf(a) ?? 0) - (this.priceOf(b) ?? 0))
  }
}
