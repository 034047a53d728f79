/**
 * Threshold candidates: items that take the cart over its next threshold (free shipping, a gift,
 * a percentage off) under the store's rules.
 * @module
 */
import type { Model } from '../../model/model.js'
import type {
  CartThresholds,
  ThresholdCart,
  ThresholdCartLine,
} from '../../offers/threshold-cart.js'
import { evaluateCart } from '../../offers/threshold-cart.js'
import { gapFillers } from '../../offers/threshold-nudge.js'
import type { Candidate } from '../../rules/candidate.js'
import type { ItemFacts } from './item-facts.js'
import { modelCosts } from './model-costs.js'
import type { OfferSettings } from './settings.js'
import { cartConfidence } from './strength.js'

/** The cart's lines: the caller's, or one unit of each SKU at the model's price. */
export function cartLines(
  model: Model,
  cart: readonly string[],
  given: readonly ThresholdCartLine[] | undefined,
): ThresholdCartLine[] {
  if (given) return [...given]
  const lines: ThresholdCartLine[] = []
  for (const sku of cart) {
    const i = model.itemIndex.get(sku)
    const price = i === undefined ? Number.NaN : model.prices[i]!
    if (Number.isFinite(price)) lines.push({ sku, quantity: 1, unitPrice: Math.round(price) })
  }
  return lines
}

/**
 * Where the cart stands and up to `limit` gap fillers as candidates (`cross_sell` with a
 * `threshold_gap` reason whose promise the rules keep); none without threshold rules.
 */
export function gapCandidates(
  model: Model,
  settings: OfferSettings,
  cart: ThresholdCart,
  facts: (sku: string) => ItemFacts | undefined,
  limit: number,
): { state: CartThresholds | undefined; candidates: Candidate[] } {
  const rules = settings.thresholds
  if (!rules) return { state: undefined, candidates: [] }
  const state = evaluateCart(rules, cart)
  if (cart.lines.length === 0) return { state, candidates: [] }
  const costs = modelCosts(model, settings.assumedCostShare)
  const source = { ...model, catalog: { costs, stock: model.catalog.stock } }
  const anchors = cart.lines
    .map((l) => model.itemIndex.get(l.sku))
    .filter((i): i is number => i !== undefined)
  const candidates: Candidate[] = []
  for (const offer of gapFillers(source, rules, cart, { limit })) {
    const f = facts(offer.sku)
    const b = model.itemIndex.get(offer.sku)
    if (!f || b === undefined) continue
    candidates.push({
      ...f,
      kind: 'cross_sell',
      score: 0,
      strength: cartConfidence(model, anchors, b),
      reasons: offer.reasons,
    })
  }
  return { state, candidates }
}
