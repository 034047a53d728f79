/**
 * Cross-sell for a cart: items bought with the cart's items, by summed association weight.
 * @module
 */
import type { Offer } from '../domain/offer.js'
import type { Model } from '../model/model.js'
import { CandidateBoard } from './candidates.js'
import { boughtTogether } from './reasons.js'

/**
 * Scores every neighbour of every cart item by Σ w(a→b) over cart items `a`; the reason names
 * the cart item that contributed most. Cart items and `exclude`d items are never returned.
 */
export function crossSell(
  model: Model,
  cart: readonly number[],
  exclude: ReadonlySet<number>,
  limit: number,
): Offer[] {
  const nb = model.neighbours
  const board = new CandidateBoard(model.skus.length)
  for (const a of cart) {
    for (let k = nb.offsets[a]!; k < nb.offsets[a + 1]!; k++)
      board.add(nb.items[k]!, nb.weights[k]!, a)
  }
  return board
    .ranked((i) => !exclude.has(i))
    .slice(0, limit)
    .map((b) => ({
      sku: model.skus[b]!,
      kind: 'cross_sell' as const,
      score: Number(board.score[b]!.toPrecision(6)),
      reasons: [boughtTogether(model, board.bestAnchor[b]!, b)],
    }))
}
