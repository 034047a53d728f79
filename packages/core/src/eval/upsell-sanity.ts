/**
 * Upsell sanity: are upsell offers in the same category, pricier, and within the price step?
 * @module
 */
import type { Model } from '../model/model.js'
import { upgradesOf } from '../offers/upsell.js'

/** Counts and shares of one source's upsell offers passing each check. */
export interface SanityCounts {
  offers: number
  sameCategory: number
  higherPriced: number
  withinStep: number
  /** Offers passing all three checks. */
  allChecks: number
  /** allChecks / offers; 1 when there are no offers. */
  share: number
}

/** The sanity of declared and learned upsells, over every item of the model. */
export interface UpsellSanity {
  declared: SanityCounts
  learned: SanityCounts
  /** False when the catalog has no categories: then "same category" is not checked (always true). */
  categoriesKnown: boolean
}

const empty = (): SanityCounts => ({
  offers: 0,
  sameCategory: 0,
  higherPriced: 0,
  withinStep: 0,
  allChecks: 0,
  share: 1,
})

/**
 * For every item `a` of the model, takes its upsells (`upgradesOf`: declared tiers and variants,
 * learned upgrades) and counts, per source, offers `b` with:
 * - the same category: `categories[a] === categories[b]`, both non-empty. When the catalog has no
 *   categories at all the check passes (learned upgrades then come from the co-purchase graph);
 * - a higher price: `price(b) > price(a)`, both known;
 * - a step within bounds: `minStep ≤ price(b)/price(a) − 1 ≤ maxStep` (1e-9 tolerance).
 * Declared upsells are the merchant's choice and should pass the first two (100 %); the step
 * bound is the learned guard, reported for declared ones too but not expected of them — their
 * `allChecks` counts category and price only.
 */
export function upsellSanity(
  model: Model,
  bounds: { minStep: number; maxStep: number } = model.meta.params.upsell,
): UpsellSanity {
  const declared = empty()
  const learned = empty()
  const categoriesKnown = model.categories.some((c) => c !== '')
  for (let a = 0; a < model.skus.length; a++) {
    for (const u of upgradesOf(model, a)) {
      const b = u.item
      const c = u.reason.source === 'declared' ? declared : learned
      const pa = model.prices[a]!
      const pb = model.prices[b]!
      const same =
        !categoriesKnown ||
        (model.categories[a] !== '' && model.categories[a] === model.categories[b])
      const higher = pb > pa
      const step = pb / pa - 1
      const within = step >= bounds.minStep - 1e-9 && step <= bounds.maxStep + 1e-9
      c.offers++
      if (same) c.sameCategory++
      if (higher) c.higherPriced++
      if (within) c.withinStep++
      if (same && higher && (within || c === declared)) c.allChecks++
    }
  }
  for (const c of [declared, learned]) c.share = c.offers === 0 ? 1 : c.allChecks / c.offers
  return { declared, learned, categoriesKnown }
}
