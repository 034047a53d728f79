/**
 * The shapes of the HTTP API the widgets read and send (they talk to the server over HTTP only,
 * so these mirror `docs/http-api.md` instead of importing the server's types).
 * @module
 */

/** Where an offer is shown; the widgets use a subset. */
export type Placement = 'product' | 'cart' | 'checkout' | 'thank_you' | 'choices'

/** What a threshold tier grants, exactly as the store's rules say. */
export type Reward =
  | { kind: 'free_shipping' }
  | { kind: 'free_gift'; sku: string }
  | { kind: 'percent_off'; pct: number }

/** One threshold tier: the counted subtotal (minor units) at which `reward` is granted. */
export interface Tier {
  threshold: number
  reward: Reward
}

/** Where the cart stands against the store's threshold rules, as the server evaluated it. */
export interface ThresholdState {
  /** The counted subtotal in minor units. */
  counted: number
  reached?: Tier[]
  /** The next tier and threshold − counted (> 0); null when every tier is reached. */
  next: { tier: Tier; gap: number } | null
  rule_set?: { currency?: string } | null
}

/** One served offer. */
export interface Offer {
  /** Quoted in events. */
  id: string
  sku: string
  kind: string
  score?: number
  /** Each reason as a sentence, already in words; shown verbatim. */
  text: string[]
  title?: string
  /** Unit price in minor units (for a bundle: what it adds to the cart). */
  price?: number
  /** Discount on `price` in minor units. */
  discount?: number
  /** A bundle's SKUs. */
  items?: string[]
}

/** The offers answer. */
export interface OffersAnswer {
  requestId: string
  placement?: string
  offers: Offer[]
  currency?: string
  /** Titles of SKUs the answer mentions (bundle items), when the server sends them. */
  titles?: Record<string, string>
  thresholds?: ThresholdState
}

/** The offers request body. */
export interface OffersQuery {
  placement: Placement
  cart?: string[]
  /** The cart with quantities, when the shop gave them (thresholds count quantities). */
  lines?: { sku: string; quantity: number }[]
  sku?: string
  customer?: string
  session?: string
  limit?: number
}

/** What a shopper did; `purchase` comes from the shop's checkout. */
export type EventKind = 'impression' | 'click' | 'add_to_cart' | 'accept' | 'dismiss' | 'purchase'

/** One event as the events endpoint takes it. */
export interface TrackedEvent {
  id: string
  kind: EventKind
  /** ISO-8601 with Z. */
  at: string
  offerId?: string
  sku?: string
  placement?: Placement
  customer?: string
  session?: string
  orderId?: string
  quantity?: number
  /** Decimal string, e.g. "12.50". */
  revenue?: string
}
