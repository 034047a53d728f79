/**
 * Offers: one suggestion at one placement, with its reasons.
 * @module
 */
import type { Reason } from './reason.js'

/**
 * What kind of suggestion an offer is; `alternative` is a cheaper option of the `choices`
 * placement.
 */
export type OfferKind = 'cross_sell' | 'upsell' | 'bundle' | 'reorder' | 'popular' | 'alternative'

/** One suggestion: the item, its kind, a score comparable within one response, and why. */
export interface Offer {
  sku: string
  kind: OfferKind
  score: number
  reasons: Reason[]
}
