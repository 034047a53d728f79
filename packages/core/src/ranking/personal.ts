/**
 * "What will this customer buy next": repeat purchases weighted by recency, then items that go
 * with what they buy, then what is popular.
 * @module
 */
import type { Offer } from '../domain/offer.js'
import type { Reason } from '../domain/reason.js'
import type { Model } from '../model/model.js'
import { CandidateBoard } from './candidates.js'
import { boughtTogether, popular } from './reasons.js'

/** Weights of the next-basket blend. */
export interface PersonalWeights {
  /** Weight of global popularity (share of baskets) for every item. */
  popularity: number
  /** Weight of the co-purchase signal from the customer's own items. */
  explore: number
}

/** Defaults chosen on validation users (docs/eval.md). */
export const DEFAULT_PERSONAL_WEIGHTS: PersonalWeights = { popularity: 0.5, explore: 0.05 }

/** What the customer's history says about each item. */
export interface PersonalProfile {
  /** Recency-weighted share of the customer's baskets holding the item, in [0, 1]. */
  frequency: Map<number, number>
  times: Map<number, number>
  lastAt: Map<number, number>
  baskets: number
}

/**
 * Builds the customer's profile from baskets at or before `at` (all when `at` is undefined):
 * basket k steps back from the latest weighs `recency^k`.
 */
export function personalProfile(
  model: Model,
  customer: number,
  at: number | undefined,
): PersonalProfile {
  const h = model.customers
  const recency = model.meta.params.recency
  const included: number[] = []
  for (let b = h.basketOffsets[customer]!; b < h.basketOffsets[customer + 1]!; b++) {
    const t = h.times[b]!
    if (at === undefined || Number.isNaN(t) || t <= at) included.push(b)
  }
  const frequency = new Map<number, number>()
  const times = new Map<number, number>()
  const lastAt = new Map<number, number>()
  let total = 0
  const n = included.length
  included.forEach((b, k) => {
    const w = recency ** (n - 1 - k)
    total += w
    const t = h.times[b]!
    for (let j = h.itemOffsets[b]!; j < h.itemOffsets[b + 1]!; j++) {
      const i = h.items[j]!
      frequency.set(i, (frequency.get(i) ?? 0) + w)
      times.set(i, (times.get(i) ?? 0) + 1)
      if (!Number.isNaN(t)) lastAt.set(i, t)
    }
  })
  if (total > 0) for (const [i, f] of frequency) frequency.set(i, f / total)
  return { frequency, times, lastAt, baskets: n }
}

/** Ranks items for the customer's next basket; `exclude`d items are never returned. */
export function personalNext(
  model: Model,
  profile: PersonalProfile,
  exclude: ReadonlySet<number>,
  limit: number,
  weights: PersonalWeights = DEFAULT_PERSONAL_WEIGHTS,
): Offer[] {
  const nb = model.neighbours
  const board = new CandidateBoard(model.skus.length)
  for (const [a, f] of profile.frequency) {
    board.add(a, f, -1)
    for (let k = nb.offsets[a]!; k < nb.offsets[a + 1]!; k++) {
      board.add(nb.items[k]!, weights.explore * f * nb.weights[k]!, a)
    }
  }
  const total = model.basketTotal || 1
  for (let r = 0; r < model.popular.length; r++) {
    const b = model.popular[r]!
    board.add(b, (weights.popularity * model.itemCounts[b]!) / total, -2)
  }
  return board
    .ranked((i) => !exclude.has(i))
    .slice(0, limit)
    .map((b) => {
      const repeat = profile.frequency.has(b)
      return {
        sku: model.skus[b]!,
        kind: repeat ? ('reorder' as const) : ('cross_sell' as const),
        score: Number(board.score[b]!.toPrecision(6)),
        reasons: [personalReason(model, profile, board, b)],
      }
    })
}

function personalReason(
  model: Model,
  profile: PersonalProfile,
  board: CandidateBoard,
  b: number,
): Reason {
  const times = profile.times.get(b)
  if (times !== undefined) {
    const last = profile.lastAt.get(b)
    return last === undefined
      ? { code: 'bought_before', times }
      : { code: 'bought_before', times, lastAt: new Date(last).toISOString() }
  }
  const anchor = board.bestAnchor[b]!
  return anchor >= 0 ? boughtTogether(model, anchor, b) : popular(model, b, 'fill')
}
