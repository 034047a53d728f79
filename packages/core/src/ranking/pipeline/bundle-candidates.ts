/**
 * Bundle candidates: the store's bundles and the mined "frequently bought together" ones that
 * hold a cart item, priced so the margin floor holds.
 * @module
 */
import type { Model } from '../../model/model.js'
import { type BundleSource, bundleOffers, bundleSource } from '../../offers/bundles.js'
import { priceBundle } from '../../offers/bundles-price.js'
import type { Candidate } from '../../rules/candidate.js'
import type { ItemFacts } from './item-facts.js'
import { modelCosts } from './model-costs.js'
import type { OfferSettings } from './settings.js'

/** A bundle candidate with the items it adds to the cart. */
export interface BundleCandidate extends Candidate {
  items: string[]
}

const sources = new WeakMap<Model, BundleSource>()

/** The model's itemset lookup, built once per model. */
function sourceOf(model: Model): BundleSource {
  let s = sources.get(model)
  if (!s) {
    s = bundleSource(model.bundles, model.prices)
    sources.set(model, s)
  }
  return s
}

/**
 * Bundles for `anchors`: each becomes one candidate whose `sku` is the first item not in the
 * cart, `price` and `cost` those of the items it sells (added ones; all when the anchors are not
 * bought yet), `discount` the bundle's saving (undefined when one is unknown). Costs follow the settings' assumption.
 *
 * When the anchors are already in the cart (`anchorsBought`), the store would sell them at full
 * price anyway, so the discount is taken on what the bundle adds only (a 10 % bundle discount
 * becomes 10 % of the added items' price): a discount on the whole bundle would cost more than
 * the added items earn, and the cost-cover guard would rightly drop it.
 */
export function bundleCandidates(
  model: Model,
  settings: OfferSettings,
  anchors: readonly string[],
  facts: (sku: string) => ItemFacts | undefined,
  anchorsBought: boolean,
): BundleCandidate[] {
  const b = settings.bundles
  if (!b.enabled || anchors.length === 0 || b.perRequest === 0) return []
  const costs = modelCosts(model, settings.assumedCostShare)
  const params: Parameters<typeof bundleOffers>[4] = {
    discountPct: b.discountPct,
    marginFloor: b.marginFloor,
    minLift: b.minLift,
    limit: b.perRequest,
  }
  if (b.minOrders !== undefined) params.minOrders = b.minOrders
  const catalog = { skus: model.skus, itemIndex: model.itemIndex, prices: model.prices, costs }
  const inCart = new Set(anchors)
  const out: BundleCandidate[] = []
  for (const offer of bundleOffers(anchors, sourceOf(model), catalog, b.declared, params)) {
    let r = offer.reason
    const added = r.items.filter((s) => !inCart.has(s))
    if (anchorsBought && added.length < r.items.length) {
      const asked = b.declared.find((d) => d.id === offer.id)?.discountPct ?? b.discountPct
      const idx = r.items.map((s) => model.itemIndex.get(s)!)
      const addedPrice = added.reduce((sum, s) => sum + (facts(s)?.price ?? 0), 0)
      const price = priceBundle(
        idx.map((i) => model.prices[i]!),
        idx.map((i) => costs[i]!),
        (asked * addedPrice) / r.full_price,
        b.marginFloor,
      )
      if (!price) continue
      r = {
        ...r,
        bundle_price: price.bundle,
        saving: price.saving,
        margin_after: price.marginAfter,
        discount_capped_by_margin: price.cappedByMargin,
      }
    }
    const first = facts(added[0]!)
    if (!first) continue
    // What the store sells because of the offer: the added items, or the whole bundle when
    // nothing is bought yet (product page).
    let price = 0
    let cost: number | undefined = 0
    for (const sku of anchorsBought ? added : r.items) {
      const f = facts(sku)
      price += f?.price ?? 0
      cost = cost === undefined || f?.cost === undefined ? undefined : cost + f.cost
    }
    out.push({
      ...first,
      kind: 'bundle',
      score: 0,
      strength: Math.min(1, r.confidence),
      price,
      cost,
      discount: r.saving,
      items: r.items,
      reasons: [r],
    })
  }
  return out
}
