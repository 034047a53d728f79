/**
 * Cross-sell for a cart: items bought with the cart's items, by summed association weight,
 * optionally blended with what this customer buys.
 * @module
 */
import type { Offer } from '../domain/offer.js'
import type { Reason } from '../domain/reason.js'
import type { Model } from '../model/model.js'
import { CandidateBoard } from './candidates.js'
import type { PersonalProfile } from './personal.js'
import { boughtTogether } from './reasons.js'

/** How much a known customer's own habits count next to the cart's co-purchase evidence. */
export const PERSONAL_CART_WEIGHT = 0.5

/** The board anchor of the customer's own habits. */
const OWN_HABITS = -4

/**
 * Scores every neighbour of every cart item by Σ w(a→b) over cart items `a`; the reason names
 * the cart item that contributed most. With a customer's `profile`, their TIFU vector u adds
 * `PERSONAL_CART_WEIGHT × (best co-purchase score) × u(b)`, so what they buy again and again
 * rises among items that go with the cart. Cart items and `exclude`d items are never returned.
 */
export function crossSell(
  model: Model,
  cart: readonly number[],
  exclude: ReadonlySet<number>,
  limit: number,
  profile?: PersonalProfile,
): Offer[] {
  const nb = model.neighbours
  const board = CandidateBoard.acquire(model.skus.length)
  for (const a of cart) {
    for (let k = nb.offsets[a]!; k < nb.offsets[a + 1]!; k++)
      board.add(nb.items[k]!, nb.weights[k]!, a)
  }
  if (profile && profile.frequency.size > 0 && cart.length > 0) {
    let top = 0
    for (const i of board.touched) if (!exclude.has(i)) top = Math.max(top, board.score[i]!)
    const scale = PERSONAL_CART_WEIGHT * (top > 0 ? top : 1)
    for (const [i, u] of profile.frequency) board.add(i, scale * u, OWN_HABITS)
  }
  const offers = board
    .top((i) => !exclude.has(i), limit)
    .map((b) => ({
      sku: model.skus[b]!,
      kind: 'cross_sell' as const,
      score: Number(board.score[b]!.toPrecision(6)),
      reasons: reasons(model, board, b, profile),
    }))
  board.release()
  return offers
}

function reasons(
  model: Model,
  board: CandidateBoard,
  b: number,
  profile?: PersonalProfile,
): Reason[] {
  const anchor = board.bestAnchor[b]!
  const times = profile?.times.get(b)
  const before: Reason[] = []
  if (times !== undefined) {
    const last = profile!.lastAt.get(b)
    before.push(
      last === undefined
        ? { code: 'bought_before', times }
        : { code: 'bought_before', times, lastAt: new Date(last).toISOString() },
    )
  }
  if (anchor === OWN_HABITS) return before
  return [boughtTogether(model, anchor, b), ...before]
}
