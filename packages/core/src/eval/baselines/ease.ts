/**
 * EASE (Steck, "Embarrassingly Shallow Autoencoders for Sparse Data", WWW 2019): the strongest
 * linear item-to-item model in the literature, used as a reference point for basket completion.
 * Dense, so only for small catalogues.
 * @module
 */
import type { BasketSet } from '../../mining/basket-set.js'
import { countCooccurrence } from '../../mining/cooccurrence.js'
import type { Recommender } from '../types.js'
import { cartIndices, popularityOrder, skuIndex } from './popularity-order.js'

/** The largest catalogue EASE is built for (its cost is cubic in the items). */
export const EASE_MAX_ITEMS = 2000

/**
 * Item weights B = I − P·diag(1/diag(P)) with P = (XᵀX + λI)⁻¹ and diag(B) = 0; score(x) =
 * Σ_{q ∈ cart} B[q][x]. Ties by training popularity. Throws when the catalogue has more than
 * `EASE_MAX_ITEMS` items.
 */
export function easeRecommender(train: BasketSet, lambda = 500): Recommender {
  const weights = easeWeights(train, lambda)
  const { counts } = popularityOrder(train)
  const index = skuIndex(train.skus)
  const m = train.skus.length
  return ({ cart, limit }) => {
    const skip = cartIndices(cart, index)
    const score = new Float64Array(m)
    for (const q of skip) {
      const row = weights[q]!
      for (let x = 0; x < m; x++) score[x]! += row[x]!
    }
    const candidates: number[] = []
    for (let x = 0; x < m; x++) if (!skip.has(x)) candidates.push(x)
    candidates.sort((a, b) => score[b]! - score[a]! || counts[b]! - counts[a]! || a - b)
    return candidates.slice(0, limit).map((x) => train.skus[x]!)
  }
}

/** The EASE weight matrix as rows (row q = what item q says about every other item). */
export function easeWeights(train: BasketSet, lambda: number): Float64Array[] {
  const m = train.skus.length
  if (m > EASE_MAX_ITEMS) throw new RangeError(`EASE is dense: ${m} items exceed ${EASE_MAX_ITEMS}`)
  const co = countCooccurrence(train, { maxBasketSize: Number.POSITIVE_INFINITY })
  const g = Array.from({ length: m }, () => new Float64Array(m))
  for (let a = 0; a < m; a++) {
    g[a]![a] = co.itemCounts[a]! + lambda
    for (let r = co.rowOffsets[a]!; r < co.rowOffsets[a + 1]!; r++)
      g[a]![co.cols[r]!] = co.counts[r]!
  }
  const p = invertSymmetricPositive(g)
  return p.map((row, a) => {
    const out = new Float64Array(m)
    for (let b = 0; b < m; b++) out[b] = a === b ? 0 : -row[b]! / p[b]![b]!
    return out
  })
}

/** Gauss–Jordan inverse with partial pivoting (the Gram matrix + λI is positive definite). */
function invertSymmetricPositive(matrix: Float64Array[]): Float64Array[] {
  const m = matrix.length
  const a = matrix.map((row) => row.slice())
  const inv = Array.from({ length: m }, (_, i) => {
    const row = new Float64Array(m)
    row[i] = 1
    return row
  })
  for (let i = 0; i < m; i++) {
    let pivot = i
    for (let r = i + 1; r < m; r++) if (Math.abs(a[r]![i]!) > Math.abs(a[pivot]![i]!)) pivot = r
    ;[a[i], a[pivot]] = [a[pivot]!, a[i]!]
    ;[inv[i], inv[pivot]] = [inv[pivot]!, inv[i]!]
    const ai = a[i]!
    const ii = inv[i]!
    const d = ai[i]!
    for (let j = 0; j < m; j++) {
      ai[j]! /= d
      ii[j]! /= d
    }
    for (let r = 0; r < m; r++) {
      if (r === i) continue
      const f = a[r]![i]!
      if (f === 0) continue
      const ar = a[r]!
      const ir = inv[r]!
      for (let j = 0; j < m; j++) {
        ar[j]! -= f * ai[j]!
        ir[j]! -= f * ii[j]!
      }
    }
  }
  return inv
}
