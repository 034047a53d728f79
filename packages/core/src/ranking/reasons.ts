/**
 * Reasons as data, computed from the model's counts.
 * @module
 */
import type { BoughtTogetherReason, PopularReason } from '../domain/reason.js'
import { confidence, lift, support } from '../mining/measures.js'
import type { Model } from '../model/model.js'

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]

/**
 * `Number(x.toFixed(digits))`, several times faster (it runs for every number of every reason of
 * every served offer). Away from a tie the nearest integer of x·10^d is certain, and k / 10^d is
 * the same double as parsing the decimal that `toFixed` writes (both are the nearest double to
 * the exact quotient); only at a near-tie does `toFixed`'s exact decimal expansion decide.
 */
function round(x: number, digits = 4): number {
  const p = POW10[digits]!
  const y = x * p
  const r = Math.round(y)
  return Math.abs(Math.abs(y - r) - 0.5) > 1e-6 && Math.abs(y) < 1e15
    ? r / p
    : Number(x.toFixed(digits))
}

/** The pair count of anchor `a` and item `b` from `a`'s neighbour row, 0 when not a neighbour. */
export function neighbourPairCount(model: Model, a: number, b: number): number {
  const nb = model.neighbours
  for (let k = nb.offsets[a]!; k < nb.offsets[a + 1]!; k++)
    if (nb.items[k] === b) return nb.pairCounts[k]!
  return 0
}

/** Why `b` goes with cart item `a`: support, confidence and lift of the pair. */
export function boughtTogether(model: Model, a: number, b: number): BoughtTogetherReason {
  const cab = neighbourPairCount(model, a, b)
  const n = model.basketTotal
  const ca = model.itemCounts[a]!
  const cb = model.itemCounts[b]!
  return {
    code: 'bought_together',
    anchor: model.skus[a]!,
    orders: round(cab, 2),
    support: round(support(cab, n), 6),
    confidence: round(confidence(cab, ca)),
    lift: round(lift(cab, ca, cb, n), 3),
  }
}

/** Why a popular item fills a slot. */
export function popular(
  model: Model,
  b: number,
  fallback: PopularReason['fallback'],
): PopularReason {
  const cb = model.itemCounts[b]!
  return {
    code: 'popular',
    orders: round(cb, 2),
    share: round(support(cb, model.basketTotal), 6),
    fallback,
  }
}
