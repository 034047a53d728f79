/**
 * Bundle offers ("frequently bought together", and the merchant's own bundles) for a cart or a
 * viewed item, with a margin-safe price and the evidence behind them.
 * @module
 */
import type { BundleReason } from '../domain/reason.js'
import type { Itemsets } from '../mining/itemsets.js'
import { itemsetAt, itemsetIndex } from '../mining/itemsets.js'
import { priceBundle } from './bundles-price.js'

/** A bundle the merchant declared; `discountPct` (0–1) overrides the default discount. */
export interface DeclaredBundle {
  id: string
  skus: readonly string[]
  discountPct?: number
}

/** Per-item facts a bundle needs, by item index (a `Model` has them: prices, catalog.costs). */
export interface BundleCatalog {
  skus: readonly string[]
  itemIndex: ReadonlyMap<string, number>
  /** Unit price in minor units; NaN when unknown. */
  prices: ArrayLike<number>
  /** Unit cost in minor units; NaN when unknown. */
  costs: ArrayLike<number>
}

/** Settings of `bundleOffers`. */
export interface BundleParams {
  /** Mined bundles need at least this many orders holding them all; default the itemsets' minCount. */
  minOrders?: number
  /** Mined bundles need a lift strictly above this; default 1. */
  minLift?: number
  /** Discount asked for (0–1) before the margin floor; default 0.1. */
  discountPct?: number
  /** Smallest margin (bundle price − cost) / bundle price a bundle may have; default 0.2. */
  marginFloor?: number
  /** Most bundles returned; default 3. */
  limit?: number
}

/** One bundle offer: its items, prices (minor units) and why. */
export interface BundleOffer {
  /** `fbt:<sku+sku…>` for mined bundles, the merchant's id for declared ones. */
  id: string
  source: 'mined' | 'declared'
  reason: BundleReason
}

/** Defaults of `BundleParams`. */
export const DEFAULT_BUNDLE = { minLift: 1, discountPct: 0.1, marginFloor: 0.2, limit: 3 } as const

/** Mined itemsets with their lookup, prepared once per model. */
export interface BundleSource {
  sets: Itemsets
  index: Map<string, number>
}

/** Prepares mined itemsets for `bundleOffers` (builds the itemset lookup once). */
export function bundleSource(sets: Itemsets): BundleSource {
  return { sets, index: itemsetIndex(sets) }
}

/**
 * Bundles holding one of `anchors` (cart SKUs, or the viewed item) and at least one other item:
 * declared ones first (no evidence gate), then mined ones with orders ≥ minOrders and lift > minLift,
 * by confidence, orders, then size. Evidence is measured from the first anchor in the bundle:
 * confidence = n(bundle) / n(anchor), lift = confidence / (n(rest) / N). A bundle with an unknown
 * price or with known costs whose full price is already under the margin floor is left out.
 */
export function bundleOffers(
  anchors: readonly string[],
  source: BundleSource,
  catalog: BundleCatalog,
  declared: readonly DeclaredBundle[] = [],
  params: BundleParams = {},
): BundleOffer[] {
  const p = { ...DEFAULT_BUNDLE, minOrders: source.sets.minCount, ...params }
  const anchorIdx = anchors
    .map((s) => catalog.itemIndex.get(s))
    .filter((i): i is number => i !== undefined)
  const anchorSet = new Set(anchorIdx)
  const out: BundleOffer[] = []
  const seen = new Set<string>()
  for (const d of declared) {
    const items = [...new Set(d.skus.map((s) => catalog.itemIndex.get(s) ?? -1))].sort(
      (a, b) => a - b,
    )
    if (items.length < 2 || items[0]! < 0 || !relevant(items, anchorSet)) continue
    const reason = bundleReason(
      items,
      anchorIdx,
      source,
      catalog,
      d.discountPct ?? p.discountPct,
      p.marginFloor,
    )
    if (!reason) continue
    seen.add(items.join(','))
    out.push({ id: d.id, source: 'declared', reason })
  }
  const mined: BundleOffer[] = []
  const { sets } = source
  for (let s = 0; s < sets.counts.length; s++) {
    const items = itemsetAt(sets, s)
    if (!relevant(items, anchorSet) || seen.has(items.join(','))) continue
    if (sets.counts[s]! < p.minOrders) continue
    const reason = bundleReason(items, anchorIdx, source, catalog, p.discountPct, p.marginFloor)
    if (!reason || !(reason.lift > p.minLift)) continue
    mined.push({ id: `fbt:${reason.items.join('+')}`, source: 'mined', reason })
  }
  mined.sort(
    (a, b) =>
      b.reason.confidence - a.reason.confidence ||
      b.reason.orders - a.reason.orders ||
      b.reason.items.length - a.reason.items.length ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  return [...out, ...mined].slice(0, Math.max(0, p.limit))
}

/** Holds an anchor and something else. */
function relevant(items: readonly number[], anchors: ReadonlySet<number>): boolean {
  let inside = 0
  for (const i of items) if (anchors.has(i)) inside++
  return inside > 0 && inside < items.length
}

/** The priced reason of a bundle of distinct ascending item indices, or undefined when not offerable. */
function bundleReason(
  items: readonly number[],
  anchors: readonly number[],
  source: BundleSource,
  catalog: BundleCatalog,
  discountPct: number,
  marginFloor: number,
): BundleReason | undefined {
  const price = priceBundle(
    items.map((i) => catalog.prices[i]!),
    items.map((i) => catalog.costs[i]!),
    discountPct,
    marginFloor,
  )
  if (!price) return undefined
  const anchor = anchors.find((a) => items.includes(a))!
  const { sets, index } = source
  const s = index.get(items.join(','))
  const orders = s === undefined ? 0 : sets.counts[s]!
  const anchorOrders = sets.itemCounts[anchor] ?? 0
  const rest = items.filter((i) => i !== anchor)
  const restOrders =
    rest.length === 1
      ? (sets.itemCounts[rest[0]!] ?? 0)
      : (sets.counts[index.get(rest.join(',')) ?? -1] ?? 0)
  const confidence = anchorOrders > 0 ? orders / anchorOrders : 0
  const lift =
    restOrders > 0 && sets.basketCount > 0 ? confidence / (restOrders / sets.basketCount) : 0
  return {
    code: 'bundle',
    items: items.map((i) => catalog.skus[i]!),
    anchor: catalog.skus[anchor]!,
    full_price: price.full,
    bundle_price: price.bundle,
    saving: price.saving,
    margin_after: price.marginAfter,
    orders,
    confidence,
    lift,
    discount_capped_by_margin: price.cappedByMargin,
  }
}
