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
  /**
   * Where the counts come from: absent for the trained model; `recent_orders` when the anchor is
   * new to the model and the evidence is the orders stored since it was trained (orders and
   * confidence count those orders only; support and lift are over the model's orders and them).
   */
  source?: 'recent_orders'
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

/** One thing the customer gains with an upgrade, as data (rendered by the message catalog). */
export type UpgradeGain =
  /** A higher declared tier of the same family (`from` is null when the chosen item has none). */
  | { code: 'higher_tier'; from: string | null; to: string }
  /** The titles name a larger size or pack (`8 GB` → `16 GB`, `2-slice` → `4-slice`). */
  | { code: 'bigger_pack'; from: string; to: string }
  /** The better item is in a larger share of all orders than the chosen one. */
  | { code: 'more_popular'; share: number; from_share: number }
  /** Customers who bought the chosen item and, in a later order, the better one. */
  | { code: 'bought_instead'; customers: number }
  /** A cheaper option gives this up (choices only): the chosen item's tier or size. */
  | { code: 'lower_tier'; from: string | null; to: string }
  | { code: 'smaller_pack'; from: string; to: string }

/** Where an upgrade comes from: the merchant's catalog, or learned from the order history. */
export type UpgradeSource = 'declared' | 'learned'

/** A better, bigger or premium version of the viewed item. Prices in minor units. */
export interface UpgradeReason {
  code: 'upgrade'
  /** The viewed (chosen) item. */
  from: string
  /** The offered item. */
  to: string
  /** to's price − from's price, minor units; null when a price is unknown. */
  price_delta: number | null
  /** price_delta / from's price (0.22 = +22 %), 4 decimals; null when a price is unknown. */
  price_delta_pct: number | null
  what_you_gain: UpgradeGain[]
  source: UpgradeSource
  /** The declared relation that links them (`tier`, `variant_of`), or `learned`. */
  relation: 'tier' | 'variant_of' | 'learned'
  /** For declared tiers: the next tier up, the top (premium) tier, or one in between. */
  step?: 'next' | 'premium' | 'higher'
}

/** Declared add-on relations and the offer kinds they give. */
export type AddonRelation =
  | 'warranty_for'
  | 'service_plan_for'
  | 'addon_for'
  | 'accessory_of'
  | 'consumable_for'

/** An add-on the merchant declared for the viewed item, with its attach rate from history. */
export interface AddonReason {
  code: 'addon'
  relation: AddonRelation
  /** The viewed item the add-on is for. */
  anchor: string
  /** Share of the anchor's orders that also had the add-on; absent when the anchor was never ordered. */
  attach_rate?: number
  /** Orders with both; 0 = never bought together yet; absent when the anchor was never ordered. */
  orders?: number
  /** Orders with the anchor. */
  anchor_orders?: number
}

/** One of up to three well-spaced options around the chosen item (`choices` placement). */
export interface ChoiceReason {
  code: 'choice'
  /** Its place: one step up, the premium option, a further step, or a cheaper alternative. */
  option: 'step_up' | 'premium' | 'next_step' | 'cheaper'
  from: string
  to: string
  price_delta: number | null
  price_delta_pct: number | null
  /** What changes against the chosen item (gains, or for a cheaper option what is given up). */
  what_changes: UpgradeGain[]
  source: UpgradeSource
}

/** Why an offer is shown; more codes join as offer kinds grow. */
export type Reason =
  | BoughtTogetherReason
  | PopularReason
  | BoughtBeforeReason
  | SimilarCustomersReason
  | UpgradeReason
  | AddonReason
  | ChoiceReason
  | BundleReason
  | ThresholdGapReason
  | LoyaltyProgressReason
  | LimitedTimeReason
  | MerchantRuleReason
  | ObjectiveFallbackReason

/** What a cart-threshold tier grants (free shipping, a free gift, a percentage off). */
export type ThresholdReward =
  | { kind: 'free_shipping' }
  | { kind: 'free_gift'; sku: string }
  | { kind: 'percent_off'; pct: number }

/** Adding the offered item takes the cart over the next threshold. Money in minor units. */
export interface ThresholdGapReason {
  code: 'threshold_gap'
  /** What the next tier grants, exactly as the rules say. */
  reward: ThresholdReward
  threshold: number
  /** threshold − the cart's counted subtotal (> 0). */
  gap: number
  item_price: number
  /** Adding one unit at item_price reaches the threshold under the rules. */
  crosses: true
}

/** Progress in a loyalty program: `need` more purchases (or points) to the next reward. */
export interface LoyaltyProgressReason {
  code: 'loyalty_progress'
  /** The program's id. */
  program: string
  unit: 'purchases' | 'points'
  have: number
  /** Punch card: paid purchases before the free one (0: the next one is free); points: points missing. */
  need: number
  /** The reward's label, e.g. "a free coffee". */
  reward: string
}

/** A limited-time offer, with its real start and end exactly as configured (ISO-8601). */
export interface LimitedTimeReason {
  code: 'limited_time'
  /** The offer's id and label. */
  offer: string
  label: string
  starts_at: string
  ends_at: string
}

/**
 * A bundle of 2–4 items bought together, priced with a discount that keeps the margin floor.
 * Prices in minor units.
 */
export interface BundleReason {
  code: 'bundle'
  /** The bundle's SKUs, each once. */
  items: string[]
  /** The cart or viewed item the evidence is measured from. */
  anchor: string
  /** Sum of the items' prices. */
  full_price: number
  /** full_price after the discount (never more than full_price). */
  bundle_price: number
  /** full_price − bundle_price. */
  saving: number
  /** (bundle_price − cost) / bundle_price; null when a cost is unknown (then no discount is given). */
  margin_after: number | null
  /** Orders holding the whole bundle (0 for a merchant bundle never bought whole). */
  orders: number
  /** Share of the anchor's orders that held the whole bundle. */
  confidence: number
  /** confidence ÷ the share of all orders holding the rest of the bundle; 0 when unknown. */
  lift: number
  /** True when the margin floor cut the discount below the one asked for. */
  discount_capped_by_margin: boolean
}

/** A merchant rule changed this offer: it added, pinned, boosted or buried it. */
export interface MerchantRuleReason {
  code: 'merchant_rule'
  /** The rule's id. */
  rule: string
  effect: 'added' | 'pinned' | 'boosted' | 'buried'
}

/** The placement's objective could not be used for this offer, so a simpler one ranked it. */
export interface ObjectiveFallbackReason {
  code: 'objective_fallback'
  objective: 'revenue' | 'profit'
  used: 'relevance' | 'revenue'
  /** What was missing: the item's cost (profit) or its price (revenue). */
  missing: 'cost' | 'price'
}
