/**
 * A scratch board of scored candidates: add scores per item, remember the strongest source.
 * @module
 */

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

  /** The touched items that pass `keep`, best score first (ties: smaller index). */
  ranked(keep: (item: number) => boolean): number[] {
    const out = this.touched.filter((i) => keep(i) && this.score[i]! > 0)
    return out.sort((x, y) => this.score[y]! - this.score[x]! || x - y)
  }
}
