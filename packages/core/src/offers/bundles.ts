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
  /** The itemsets each item is in, most orders first: a request reads only its anchors' heads. */
  byItem: Map<number, number[]>
  /**
   * When prepared with the catalog's prices: 1 for each itemset whose items all have a price,
   * else 0. A request then passes over an unpriced itemset without reading its items.
   */
  priced?: { prices: ArrayLike<number>; sets: Uint8Array }
}

/**
 * Prepares mined itemsets for `bundleOffers` (builds the itemset lookup once); with `prices`
 * (those `bundleOffers` will be given), also which itemsets can be priced at all.
 */
export function bundleSource(sets: Itemsets, prices?: ArrayLike<number>): BundleSource {
  const byItem = new Map<number, number[]>()
  for (let s = 0; s < sets.counts.length; s++) {
    for (let k = sets.offsets[s]!; k < sets.offsets[s + 1]!; k++) {
      const item = sets.items[k]!
      const list = byItem.get(item)
      if (list) list.push(s)
      else byItem.set(item, [s])
    }
  }
  // Strongest first: for an anchor, confidence is count / count(anchor), so count order is
  // confidence order, and a request reads only the head of each anchor's list.
  for (const list of byItem.values())
    list.sort((x, y) => sets.counts[y]! - sets.counts[x]! || x - y)
  const source: BundleSource = { sets, index: itemsetIndex(sets), byItem }
  if (prices !== undefined) source.priced = { prices, sets: pricedSets(sets, prices) }
  return source
}

/** 1 for each itemset whose items all have a positive, finite price. */
function pricedSets(sets: Itemsets, prices: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(sets.counts.length)
  for (let s = 0; s < out.length; s++) {
    let priced = 1
    for (let k = sets.offsets[s]!; k < sets.offsets[s + 1]! && priced; k++)
      if (!isPrice(prices[sets.items[k]!]!)) priced = 0
    out[s] = priced
  }
  return out
}

const isPrice = (price: number): boolean => price > 0 && Number.isFinite(price)

/** How many of each anchor's strongest itemsets a request considers. */
const PER_ANCHOR = 32

/**
 * Bundles holding one of `anchors` (cart SKUs, or the viewed item) and at least one other item:
 * declared ones first (no evidence gate), then mined ones with orders ≥ minOrders and lift > minLift,
 * by confidence, orders, then size (ties: itemset order). Evidence is measured from the first anchor in the bundle:
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
  // Rank the anchors' itemsets by the cheap evidence first (confidence, orders, size) and price
  // only as many as the answer needs: popular anchors are in thousands of itemsets.
  const { sets } = source
  // Only for the very prices it was prepared with.
  const priced = source.priced?.prices === catalog.prices ? source.priced.sets : undefined
  const touched = new Set<number>()
  const ranked: { s: number; conf: number; orders: number; size: number }[] = []
  for (const head of anchorIdx) {
    let taken = 0
    let read = 0
    for (const s of source.byItem.get(head) ?? []) {
      // Unpriced or unrelated sets do not count as taken, so reading is bounded on its own.
      if (taken >= PER_ANCHOR || read++ >= 4 * PER_ANCHOR) break
      if ((priced !== undefined && priced[s] === 0) || touched.has(s)) continue
      touched.add(s)
      if (rankable(s)) taken++
    }
  }
  function rankable(s: number): boolean {
    const lo = sets.offsets[s]!
    const hi = sets.offsets[s + 1]!
    let inside = 0
    let allPriced = true
    for (let k = lo; k < hi; k++) {
      const item = sets.items[k]!
      if (anchorSet.has(item)) inside++
      // A prepared source already passed over the unpriced ones.
      if (priced === undefined && !isPrice(catalog.prices[item]!)) allPriced = false
    }
    if (!allPriced || inside === 0 || inside === hi - lo || sets.counts[s]! < p.minOrders)
      return false
    let anchorOrders = 0
    for (const a of anchorIdx) {
      let has = false
      for (let k = lo; k < hi && !has; k++) has = sets.items[k] === a
      if (has) {
        anchorOrders = sets.itemCounts[a] ?? 0
        break
      }
    }
    const conf = anchorOrders > 0 ? sets.counts[s]! / anchorOrders : 0
    ranked.push({ s, conf, orders: sets.counts[s]!, size: hi - lo })
    return true
  }
  ranked.sort((a, b) => b.conf - a.conf || b.orders - a.orders || b.size - a.size || a.s - b.s)
  const mined: BundleOffer[] = []
  const need = p.limit - out.length
  for (const r of ranked) {
    if (mined.length >= need) break
    const items = itemsetAt(sets, r.s)
    if (seen.has(items.join(','))) continue
    const reason = bundleReason(items, anchorIdx, source, catalog, p.discountPct, p.marginFloor)
    if (!reason || !(reason.lift > p.minLift)) continue
    mined.push({ id: `fbt:${reason.items.join('+')}`, source: 'mined', reason })
  }
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
