/**
 * A scratch board of scored candidates: add scores per item, remember the strongest source.
 * @module
 */
import { topK } from '../util/top-k.js'

/**
 * Released boards by item count, reused by `acquire`: a request then clears only the items it
 * touched instead of allocating and zeroing four catalogue-sized arrays (most of its time on a
 * large catalogue). A few sizes at most, for the few models a process serves.
 */
const spare = new Map<number, CandidateBoard>()
const MAX_SPARE_SIZES = 8

/** Accumulates scores for items and, per item, the anchor that contributed most. */
export class CandidateBoard {
  readonly score: Float64Array
  readonly bestAnchor: Int32Array
  readonly bestContribution: Float64Array
  readonly touched: number[] = []
  private readonly seen: Uint8Array

  constructor(itemCount: number) {
    this.score = new Float64Array(itemCount)
    this.bestAnchor = new Int32Array(itemCount).fill(-1)
    this.bestContribution = new Float64Array(itemCount)
    this.seen = new Uint8Array(itemCount)
  }

  /** Adds `amount` to `item`'s score, crediting `anchor` when it is the largest contribution. */
  add(item: number, amount: number, anchor: number): void {
    this.score[item]! += amount
    if (this.seen[item] === 0) {
      this.seen[item] = 1
      this.touched.push(item)
      this.bestContribution[item] = amount
      this.bestAnchor[item] = anchor
    } else if (amount > this.bestContribution[item]!) {
      this.bestContribution[item] = amount
      this.bestAnchor[item] = anchor
    }
  }

  /** A cleared board for `itemCount` items, reused when one was released (see `release`). */
  static acquire(itemCount: number): CandidateBoard {
    const board = spare.get(itemCount)
    if (board === undefined) return new CandidateBoard(itemCount)
    spare.delete(itemCount)
    return board
  }

  /** Clears what was touched and keeps the board for the next `acquire`; do not use it after. */
  release(): void {
    for (const i of this.touched) {
      this.score[i] = 0
      this.bestAnchor[i] = -1
      this.bestContribution[i] = 0
      this.seen[i] = 0
    }
    this.touched.length = 0
    if (spare.size < MAX_SPARE_SIZES || spare.has(this.score.length))
      spare.set(this.score.length, this)
  }

  /** The `limit` best touched items that pass `keep`, as `ranked` orders them, without sorting all. */
  top(keep: (item: number) => boolean, limit: number): number[] {
    const ids = new Int32Array(this.touched.length)
    let n = 0
    for (const i of this.touched) if (this.score[i]! > 0 && keep(i)) ids[n++] = i
    return Array.from(topK(ids, n, this.score, limit))
  }

  /** The touched items that pass `keep`, best score first (ties: smaller index). */
  ranked(keep: (item: number) => boolean): number[] {
    const out = this.touched.filter((i) => keep(i) && this.score[i]! > 0)
    return out.sort((x, y) => this.score[y]! - this.score[x]! || x - y)
  }
}
