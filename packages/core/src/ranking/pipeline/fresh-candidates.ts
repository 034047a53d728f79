/**
 * Fresh evidence: cross-sells from the orders stored since the model was trained (a
 * `CooccurrenceDelta`), so a new product gets offers, and is offered, before the next training.
 * @module
 */
import type { BoughtTogetherReason } from '../../domain/reason.js'
import type { CooccurrenceDelta } from '../../feedback/cooccurrence-delta.js'
import { deltaNeighbours } from '../../feedback/delta-neighbours.js'
import type { Model } from '../../model/model.js'
import type { Candidate } from '../../rules/candidate.js'
import type { ItemFacts } from './item-facts.js'
import { strengthOf } from './strength.js'

const round = (x: number, digits: number): number => Number(x.toFixed(digits))

/**
 * Cross-sell candidates from `delta` for the cart: each partner b scores Σ_u w(u→b) over the
 * anchors u, the model's association weight over the model's counts plus the delta's
 * (`deltaNeighbours`, so pairs below the model's `minPairCount` weigh nothing), best first, ties
 * by SKU; at most `limit`. An anchor the model does not know gets all its partners; an anchor it
 * knows only its partners new to the model (its known partners keep the model's evidence). Only
 * items with facts are candidates — rules, guards and scorers read them: the model's items, and
 * new ones when `facts` knows them from the catalog (a new product without a price waits for the
 * next training). Nothing in the cart. The reason names the anchor that contributed most, with
 * counts of the recent orders.
 */
export function freshCandidates(
  model: Model,
  delta: CooccurrenceDelta,
  cart: readonly string[],
  limit: number,
  facts: (sku: string) => ItemFacts | undefined,
): Candidate[] {
  const inCart = new Set(cart)
  const anchors = [...inCart].filter(
    (sku) =>
      delta.itemCount(sku) > 0 && (!model.itemIndex.has(sku) || hasNewPartner(model, delta, sku)),
  )
  if (anchors.length === 0 || limit <= 0) return []
  const score = new Map<string, number>()
  const best = new Map<string, { anchor: string; weight: number; pairCount: number }>()
  for (const anchor of anchors) {
    const knownAnchor = model.itemIndex.has(anchor)
    for (const n of deltaNeighbours(delta, anchor, Number.POSITIVE_INFINITY, model)) {
      if (inCart.has(n.sku) || (knownAnchor && model.itemIndex.has(n.sku))) continue
      if (!facts(n.sku)) continue
      score.set(n.sku, (score.get(n.sku) ?? 0) + n.weight)
      const top = best.get(n.sku)
      if (!top || n.weight > top.weight) best.set(n.sku, { anchor, ...n })
    }
  }
  const ranked = [...score].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, limit)
  return ranked.map(([sku, s]) => {
    const { anchor, pairCount } = best.get(sku)!
    const reasons = [recentBoughtTogether(model, delta, anchor, sku, pairCount)]
    return {
      ...facts(sku)!,
      kind: 'cross_sell',
      score: Number(s.toPrecision(6)),
      strength: strengthOf(model, sku, 'cross_sell', reasons),
      reasons,
    }
  })
}

/** Whether `sku` was bought since training with an item the model does not know. */
function hasNewPartner(model: Model, delta: CooccurrenceDelta, sku: string): boolean {
  for (const b of delta.partners(sku).keys()) if (!model.itemIndex.has(b)) return true
  return false
}

/**
 * Why `sku` goes with `anchor` by the recent orders (the anchor or `sku` new to the model): of
 * the orders stored since training that hold the anchor, the share that also hold `sku`
 * (confidence) and their number (orders); support and lift over all orders known (the model's
 * and the new ones).
 */
export function recentBoughtTogether(
  model: Model,
  delta: CooccurrenceDelta,
  anchor: string,
  sku: string,
  pairCount: number,
): BoughtTogetherReason {
  const n = model.basketTotal + delta.baskets
  const i = model.itemIndex.get(sku)
  const cb = (i === undefined ? 0 : model.itemCounts[i]!) + delta.itemCount(sku)
  const ca = delta.itemCount(anchor)
  const confidence = ca > 0 ? pairCount / ca : 0
  const base = n > 0 ? cb / n : 0
  return {
    code: 'bought_together',
    anchor,
    orders: round(pairCount, 2),
    support: round(n > 0 ? pairCount / n : 0, 6),
    confidence: round(confidence, 4),
    lift: round(base > 0 ? confidence / base : 0, 3),
    source: 'recent_orders',
  }
}

/**
 * The base candidates with the fresh ones laid in: candidates with evidence of their own keep
 * their places and gain the fresh reason when both name the item; fresh candidates come next,
 * before the popular fill (which they replace where they name the same item, and whose
 * "no history for the cart" fallback becomes a plain fill once the cart has evidence).
 */
export function withFresh(base: readonly Candidate[], fresh: readonly Candidate[]): Candidate[] {
  if (fresh.length === 0) return [...base]
  const freshBySku = new Map(fresh.map((c) => [c.sku, c]))
  const evidence: Candidate[] = []
  const fill: Candidate[] = []
  for (const c of base) {
    const onlyPopular = c.reasons.every((r) => r.code === 'popular')
    const f = freshBySku.get(c.sku)
    if (!onlyPopular) {
      if (f) {
        c.reasons.push(...f.reasons)
        c.strength = Math.max(c.strength, f.strength)
        freshBySku.delete(c.sku)
      }
      evidence.push(c)
    } else if (!f) {
      c.reasons = c.reasons.map((r) =>
        r.code === 'popular' && r.fallback === 'cold_cart' ? { ...r, fallback: 'fill' } : r,
      )
      fill.push(c)
    }
  }
  return [...evidence, ...freshBySku.values(), ...fill]
}
