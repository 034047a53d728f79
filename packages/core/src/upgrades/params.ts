/**
 * Settings of upgrade learning, recorded in the model's training parameters.
 * @module
 */

/** How far up a learned upgrade may go, and how many are kept per item. */
export interface UpsellParams {
  /** Smallest price step of a learned upgrade, as a fraction (0.1 = at least +10 %). */
  minStep: number
  /** Largest price step of a learned upgrade (0.6 = at most +60 %). */
  maxStep: number
  /** Learned upgrades kept per item. */
  perItem: number
}

/** Defaults: a modest step of +10 % to +60 %, ten upgrades per item. */
export const DEFAULT_UPSELL: UpsellParams = { minStep: 0.1, maxStep: 0.6, perItem: 10 }
