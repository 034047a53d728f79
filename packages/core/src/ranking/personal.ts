/**
 * "What will this customer buy next": repeat purchases weighted by recency, then items that go
 * with what they buy, then what is popular.
 * @module
 */
import type { Offer } from '../domain/offer.js'
import type { Reason } from '../domain/reason.js'
import { userVector } from '../mining/user-vectors.js'
import type { Model } from '../model/model.js'
import { CandidateBoard } from './candidates.js'
import { boughtTogether, popular } from './reasons.js'
import { similarCustomers } from './similar-customers.js'

/** Weights of the next-basket blend. */
export interface PersonalWeights {
  /** Weight of global popularity (share of baskets) for every item. */
  popularity: number
  /** Weight of the co-purchase signal from the customer's own items. */
  explore: number
}

/**
 * Defaults chosen on TaFeng validation users (ids between 72 % and 80 % of the TIFU ordering,
 * never test users): popularity 5 lifted Recall@10 there from 0.114 to 0.131; the co-purchase
 * signal did not help next-basket lists, so it is off (docs/eval.md).
 */
export const DEFAULT_PERSONAL_WEIGHTS: PersonalWeights = { popularity: 5, explore: 0 }

/** What the customer's history says about each item. */
export interface PersonalProfile {
  /** The customer's TIFU-KNN vector: decayed share of their baskets holding each item. */
  frequency: Map<number, number>
  times: Map<number, number>
  lastAt: Map<number, number>
  baskets: number
  /** The customer's index in the model. */
  customer: number
}

/**
 * Builds the customer's profile from baskets at or before `at` (all when `at` is undefined): their
 * TIFU-KNN vector (recent baskets and groups weigh most) plus counts and dates for reasons.
 */
export function personalProfile(
  model: Model,
  customer: number,
  at: number | undefined,
): PersonalProfile {
  const h = model.customers
  const from = h.basketOffsets[customer]!
  let to = from
  while (to < h.basketOffsets[customer + 1]!) {
    const t = h.times[to]!
    if (at !== undefined && !Number.isNaN(t) && t > at) break
    to++
  }
  const frequency = userVector(h, from, to, model.meta.params.personal)
  const times = new Map<number, number>()
  const lastAt = new Map<number, number>()
  for (let b = from; b < to; b++) {
    const t = h.times[b]!
    for (let j = h.itemOffsets[b]!; j < h.itemOffsets[b + 1]!; j++) {
      const i = h.items[j]!
      times.set(i, (times.get(i) ?? 0) + 1)
      if (!Number.isNaN(t)) lastAt.set(i, t)
    }
  }
  return { frequency, times, lastAt, baskets: to - from, customer }
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
  const { alpha, neighbours: k } = model.meta.params.personal
  const board = CandidateBoard.acquire(model.skus.length)
  for (const [a, f] of profile.frequency) {
    board.add(a, alpha * f, -1)
    for (let r = nb.offsets[a]!; r < nb.offsets[a + 1]!; r++) {
      board.add(nb.items[r]!, weights.explore * f * nb.weights[r]!, a)
    }
  }
  // Similar customers' habits (TIFU-KNN): the mean of their vectors carries the other 1 − α.
  const similar = similarCustomers(model, profile.frequency, profile.customer, k)
  const buyers = new Map<number, number>()
  if (similar.customers.length > 0) {
    const share = (1 - alpha) / similar.customers.length
    const u = model.users
    for (const cu of similar.customers) {
      for (let r = u.offsets[cu]!; r < u.offsets[cu + 1]!; r++) {
        const item = u.items[r]!
        board.add(item, share * u.scores[r]!, SIMILAR_CUSTOMERS)
        buyers.set(item, (buyers.get(item) ?? 0) + 1)
      }
    }
  }
  const total = model.basketTotal || 1
  for (let r = 0; r < model.popular.length; r++) {
    const b = model.popular[r]!
    board.add(b, (weights.popularity * model.itemCounts[b]!) / total, POPULARITY)
  }
  const offers = board
    .top((i) => !exclude.has(i), limit)
    .map((b) => {
      const repeat = profile.frequency.has(b)
      return {
        sku: model.skus[b]!,
        kind: repeat ? ('reorder' as const) : ('cross_sell' as const),
        score: Number(board.score[b]!.toPrecision(6)),
        reasons: personalReasons(model, profile, board, b, buyers, similar.customers.length),
      }
    })
  board.release()
  return offers
}

/** Board anchors that are not items: popularity and similar customers. */
const POPULARITY = -2
const SIMILAR_CUSTOMERS = -3

/** The strongest reason first; similar customers' purchases are added when they also count. */
function personalReasons(
  model: Model,
  profile: PersonalProfile,
  board: CandidateBoard,
  b: number,
  buyers: ReadonlyMap<number, number>,
  consulted: number,
): Reason[] {
  const first = personalReason(model, profile, board, b, buyers, consulted)
  const bought = buyers.get(b) ?? 0
  return first.code === 'similar_customers' || bought === 0
    ? [first]
    : [first, { code: 'similar_customers', customers: bought, of: consulted }]
}

function personalReason(
  model: Model,
  profile: PersonalProfile,
  board: CandidateBoard,
  b: number,
  buyers: ReadonlyMap<number, number>,
  consulted: number,
): Reason {
  const times = profile.times.get(b)
  if (times !== undefined) {
    const last = profile.lastAt.get(b)
    return last === undefined
      ? { code: 'bought_before', times }
      : { code: 'bought_before', times, lastAt: new Date(last).toISOString() }
  }
  const anchor = board.bestAnchor[b]!
  if (anchor >= 0) return boughtTogether(model, anchor, b)
  if (anchor === SIMILAR_CUSTOMERS)
    return { code: 'similar_customers', customers: buyers.get(b) ?? 0, of: consulted }
  return popular(model, b, 'fill')
}
