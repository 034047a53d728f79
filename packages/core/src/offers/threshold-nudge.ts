/**
 * Gap fillers: the items that take a cart over its next threshold best — related to the cart,
 * priced just above the gap, with a good margin — never any item.
 * @module
 */
import type { Offer } from '../domain/offer.js'
import type { ThresholdGapReason } from '../domain/reason.js'
import { countsToward, evaluateCart, type ThresholdCart } from './threshold-cart.js'
import type { ThresholdRules } from './threshold-rules.js'

/** The parts of a model gap filling reads (a `Model` fits): prices, costs, stock, neighbours. */
export interface GapFillerSource {
  skus: readonly string[]
  itemIndex: ReadonlyMap<string, number>
  /** Unit price per item in minor units (NaN unknown); rounded to whole minor units. */
  prices: ArrayLike<number>
  /** Co-purchase rows: item a's neighbours `items[offsets[a] .. offsets[a+1])` with weights. */
  neighbours: { offsets: ArrayLike<number>; items: ArrayLike<number>; weights: ArrayLike<number> }
  /** Unit cost and stock per item (NaN: unknown / not tracked). */
  catalog: { costs: ArrayLike<number>; stock: ArrayLike<number> }
}

/** How gap fillers are chosen. */
export interface GapFillerOptions {
  /** At most this many (default 3). */
  limit?: number
  /** Dearest allowed price as a multiple of the gap beyond it (default 1: up to twice the gap). */
  maxOvershoot?: number
  /** Least summed co-purchase weight with the cart's items (default: any, > 0). */
  minRelevance?: number
  /** Least margin share (price − cost) / price when the cost is known (default 0: never at a loss). */
  minMargin?: number
  /** Width of a price band as a share of the gap (default 0.1); see `gapFillers`. */
  band?: number
  /** SKUs never to suggest. */
  exclude?: ReadonlySet<string>
}

interface Candidate {
  item: number
  price: number
  relevance: number
  margin: number
  band: number
}

/**
 * Items that close the gap to the cart's next tier: each counts toward the threshold, costs at
 * least the gap (so one unit crosses it) and at most `(1 + maxOvershoot) × gap`, was bought with
 * the cart's items (Σ neighbour weight ≥ `minRelevance`), keeps `minMargin` when its cost is
 * known, and is neither in the cart, excluded, out of stock nor the tier's own free gift.
 * Cheapest first by price band (`band × gap` wide); within a band the more related, then the
 * better margin. Empty when no rule set applies, every tier is reached, or the cart is empty.
 */
export function gapFillers(
  source: GapFillerSource,
  rules: ThresholdRules,
  cart: ThresholdCart,
  options: GapFillerOptions = {},
): Offer[] {
  const { limit = 3, maxOvershoot = 1, minRelevance = 0, minMargin = 0, band = 0.1 } = options
  const state = evaluateCart(rules, cart)
  if (!state.next || limit <= 0) return []
  const { tier, gap } = state.next
  const inCart = new Set(cart.lines.map((l) => l.sku))
  const gift = tier.reward.kind === 'free_gift' ? tier.reward.sku : undefined
  const relevance = new Map<number, number>()
  const nb = source.neighbours
  for (const sku of inCart) {
    const a = source.itemIndex.get(sku)
    if (a === undefined) continue
    for (let k = nb.offsets[a]!; k < nb.offsets[a + 1]!; k++) {
      const b = nb.items[k]!
      relevance.set(b, (relevance.get(b) ?? 0) + nb.weights[k]!)
    }
  }
  const found: Candidate[] = []
  for (const [item, rel] of relevance) {
    const sku = source.skus[item]
    if (sku === undefined || inCart.has(sku) || sku === gift || options.exclude?.has(sku)) continue
    if (!(rel > 0) || rel < minRelevance) continue
    if (!countsToward(rules.counting, sku)) continue
    const stock = source.catalog.stock[item] ?? Number.NaN
    if (stock <= 0) continue
    const raw = source.prices[item] ?? Number.NaN
    if (!Number.isFinite(raw)) continue
    const price = Math.round(raw)
    if (price < gap || price > gap * (1 + maxOvershoot)) continue
    const cost = source.catalog.costs[item] ?? Number.NaN
    const margin = Number.isFinite(cost) ? (price - cost) / price : Number.NaN
    if (margin < minMargin) continue
    const width = Math.max(1, gap * band)
    found.push({ item, price, relevance: rel, margin, band: Math.floor((price - gap) / width) })
  }
  found.sort(
    (x, y) =>
      x.band - y.band ||
      y.relevance - x.relevance ||
      known(y.margin) - known(x.margin) ||
      x.price - y.price ||
      x.item - y.item,
  )
  const kept = found.slice(0, limit)
  return kept.map((c, k) => {
    const reason: ThresholdGapReason = {
      code: 'threshold_gap',
      reward: { ...tier.reward },
      threshold: tier.threshold,
      gap,
      item_price: c.price,
      crosses: true,
    }
    return {
      sku: source.skus[c.item]!,
      kind: 'cross_sell' as const,
      score: Number((1 - k / (kept.length + 1)).toFixed(4)),
      reasons: [reason],
    }
  })
}

/** A margin share for ordering; unknown (NaN) counts as 0. */
function known(margin: number): number {
  return Number.isNaN(margin) ? 0 : margin
}
