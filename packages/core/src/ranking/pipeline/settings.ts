/**
 * A store's offer settings: merchant rules, thresholds, bundles, loyalty, limited-time offers,
 * guard rails and the objective of each placement — validated data, never code.
 * @module
 */
import type { Placement } from '../../domain/placement.js'
import type { DeclaredBundle } from '../../offers/bundles.js'
import type { LimitedTimeOffer } from '../../offers/limited-time.js'
import type { LoyaltyProgram } from '../../offers/loyalty.js'
import type { ThresholdRules } from '../../offers/threshold-rules.js'
import type { MerchantRuleSet } from '../../rules/types.js'
import type { FrequencyCaps } from '../guards/frequency-cap.js'
import type { Objective } from '../scorers/profit.js'

/** What one placement ranks by and how much it may show. */
export interface PlacementSettings {
  objective: Objective
  /** Most offers the placement shows (the request's `limit` can only shorten it). */
  cap?: number
  /** Overrides the store's relevance floor here. */
  relevanceFloor?: number
  /** Least margin share an offer with known price and cost may have here. */
  marginFloor?: number
}

/** How bundles are offered. */
export interface BundleSettings {
  enabled: boolean
  declared: DeclaredBundle[]
  /** Discount asked for (0–1) before the margin floor. */
  discountPct: number
  /** Least margin share a discounted bundle keeps (with costs known). */
  marginFloor: number
  /** Mined bundles need a lift above this. */
  minLift: number
  /** Mined bundles need at least this many orders holding them (default: the model's). */
  minOrders?: number
  /** Most bundle offers per request. */
  perRequest: number
}

/** Guard rails against pushiness (seeds 002–004). */
export interface GuardSettings {
  /** Least association strength (confidence) of a cross-sell or bundle. */
  relevanceFloor: number
  frequencyCaps: FrequencyCaps
  /** A dismissed or declined item stays away this many days. */
  dismissDays: number
  /** Least profit an offer that gives something away must leave (minor units). */
  minProfit: number
}

/** Everything the offer pipeline reads about a store. */
export interface OfferSettings {
  /** ISO 4217 code of the store's prices. */
  currency: string
  /** The shipping region thresholds are looked up for when a request names none. */
  region: string
  rules: MerchantRuleSet
  thresholds: ThresholdRules | undefined
  bundles: BundleSettings
  loyalty: LoyaltyProgram[]
  limitedTime: LimitedTimeOffer[]
  guards: GuardSettings
  placements: Partial<Record<Placement, PlacementSettings>>
  /**
   * The cost assumption where the catalog has no cost: cost = share × price (0.6 = a 40 %
   * margin). Undefined: unknown costs stay unknown (profit falls back to revenue).
   */
  assumedCostShare: number | undefined
}

/** The settings of a store that configured nothing. */
export function defaultOfferSettings(currency = 'USD'): OfferSettings {
  return {
    currency,
    region: '*',
    rules: { rules: [], unavailable: 'hide' },
    thresholds: undefined,
    bundles: {
      enabled: true,
      declared: [],
      discountPct: 0.1,
      marginFloor: 0.2,
      minLift: 1,
      perRequest: 1,
    },
    loyalty: [],
    limitedTime: [],
    guards: { relevanceFloor: 0.01, frequencyCaps: {}, dismissDays: 30, minProfit: 0 },
    // The checkout pop-up and the till interrupt: at most two; choices are a rule of three.
    placements: {
      checkout: { objective: 'relevance', cap: 2 },
      pos: { objective: 'relevance', cap: 2 },
      choices: { objective: 'relevance', cap: 3 },
    },
    assumedCostShare: undefined,
  }
}
