/**
 * Reasons: why an offer is shown, as data that widgets, emails and the dashboard render.
 * @module
 */

/** The cart item and its co-purchase evidence behind a cross-sell. */
export interface BoughtTogetherReason {
  code: 'bought_together'
  /** The cart item this offer goes with. */
  anchor: string
  /** Orders (weighted when time decay is on) that contain both items. */
  orders: number
  /** Share of all orders that contain both items. */
  support: number
  /** Share of the anchor's orders that also contain the offered item. */
  confidence: number
  /** confidence divided by the offered item's base rate; > 1 means bought together more than by chance. */
  lift: number
}

/** The offered item is popular overall: the fallback when the cart gives no evidence. */
export interface PopularReason {
  code: 'popular'
  /** Orders that contain the item. */
  orders: number
  /** Share of all orders that contain the item. */
  share: number
  /** Why the fallback was used. */
  fallback: 'empty_cart' | 'cold_cart' | 'fill'
}

/** The customer bought the item before and is likely to buy it again. */
export interface BoughtBeforeReason {
  code: 'bought_before'
  /** How many of the customer's orders contained it. */
  times: number
  /** When the customer last bought it (ISO-8601), when known. */
  lastAt?: string
}

/** Customers with similar purchase habits bought the item. */
export interface SimilarCustomersReason {
  code: 'similar_customers'
  /** How many of the most similar customers bought it. */
  customers: number
  /** How many similar customers were consulted. */
  of: number
}

/** Why an offer is shown; more codes join as offer kinds grow. */
export type Reason =
  | BoughtTogetherReason
  | PopularReason
  | BoughtBeforeReason
  | SimilarCustomersReason
