/**
 * What the offer pipeline reads besides the model and the settings, and what it returns.
 * @module
 */

import type { CatalogItem } from '../../catalog/catalog-items.js'
import type { Offer } from '../../domain/offer.js'
import type { Order } from '../../domain/order.js'
import type { CooccurrenceDelta } from '../../feedback/cooccurrence-delta.js'
import type { LoyaltyProgress } from '../../offers/loyalty.js'
import type { CartThresholds, ThresholdCartLine } from '../../offers/threshold-cart.js'
import type { RuleTrace } from '../../rules/types.js'
import type { Dropped, FeedbackEvent, Impression } from '../guards/types.js'

/** The request's surroundings: time, session, events and the cart's lines. */
export interface OfferContext {
  /**
   * Epoch ms to use when the request has no `at` (the caller's clock: the core reads none).
   * Without either, time-bound offers (limited-time, dismissals, caps) are left out.
   */
  now?: number
  session?: string
  /** The shipping region for threshold rules (default: the settings' region). */
  region?: string
  /** The cart with quantities and prices; default one unit of each SKU at the model's price. */
  cartLines?: readonly ThresholdCartLine[]
  /** Offers shown earlier (for frequency caps), at any placement. */
  impressions?: readonly Impression[]
  /** Dismissed and declined offers (kept away for the settings' days). */
  feedback?: readonly FeedbackEvent[]
  /** The customer's orders (loyalty progress); default: their baskets in the model. */
  history?: readonly Order[]
  /**
   * Learned acceptance probability of an item at this placement (from events), given the
   * prior from association strength; undefined keeps the prior.
   */
  acceptance?: (sku: string, prior: number) => number
  /**
   * Co-occurrence counts of the orders stored since the model was trained (fresh evidence):
   * cart items the model does not know get cross-sells from them, and every cart item gets the
   * partners new to the model that `freshItems` knows, reason `bought_together` with
   * `source: 'recent_orders'`, under every guard rail. Known partners of known items keep the
   * model's evidence.
   */
  fresh?: CooccurrenceDelta
  /**
   * Catalog facts of products the model does not hold (`catalogItems`): with them, a product new
   * since training can be offered (one without a list price never is). Without, only items the
   * model knows are offered.
   */
  freshItems?: (sku: string) => CatalogItem | undefined
}

/** An offer the pipeline returns: the contract's fields plus what a widget shows. */
export interface ServedOffer extends Offer {
  /** The bundle's items (kind `bundle`), the offered one first after the anchor. */
  items?: string[]
  /** Unit price in minor units (for a bundle: what it adds to the cart), when known. */
  price?: number
  /** Discount on `price` in minor units, when one is given. */
  discount?: number
}

/** What the pipeline did for one request. */
export interface OfferResult {
  offers: ServedOffer[]
  /** Candidates a guard rail or the scorer removed, each with the guard and why. */
  dropped: Dropped[]
  /** Every merchant rule that fired or filtered. */
  rules: RuleTrace[]
  /** Where the cart stands against the threshold rules, when the store has any. */
  thresholds?: CartThresholds
  /** The customer's progress in each loyalty program, when known. */
  loyalty: LoyaltyProgress[]
}
