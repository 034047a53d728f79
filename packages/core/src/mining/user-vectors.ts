/**
 * Customers as vectors of item weights, with the time decay of TIFU-KNN (Hu et al., SIGIR 2020):
 * a customer's baskets are cut into groups in time order; baskets inside a group decay by
 * `withinGroupDecay`, groups by `groupDecay`, so recent habits weigh most.
 * @module
 */
import type { SparseRows } from '../util/sparse-rows.js'
import type { CustomerHistory } from './customer-history.js'

/** The decay settings of the customer vectors. */
export interface UserVectorParams {
  /** How many groups a history is cut into (TIFU's `group_num`). */
  groups: number
  /** Decay between consecutive baskets inside a group (TIFU's `r_b`). */
  withinGroupDecay: number
  /** Decay between consecutive groups (TIFU's `r_g`). */
  groupDecay: number
}

/**
 * The vector of one customer from the baskets `[from, to)` of the history (in time order):
 * Σ_g r_g^(G−1−g) · (Σ_b r_b^(L−1−b) · basket_b / Σ_b r_b^(L−1−b)) / Σ_g r_g^(G−1−g).
 * With fewer baskets than groups, every basket is its own group.
 */
export function userVector(
  history: CustomerHistory,
  from: number,
  to: number,
  params: UserVectorParams,
): Map<number, number> {
  const n = to - from
  const out = new Map<number, number>()
  if (n <= 0) return out
  const g = Math.min(params.groups, n)
  const base = Math.floor(n / g)
  const extra = n % g
  let groupNorm = 0
  let start = from
  for (let gi = 0; gi < g; gi++) {
    const size = base + (gi < extra ? 1 : 0)
    const wg = params.groupDecay ** (g - 1 - gi)
    groupNorm += wg
    let basketNorm = 0
    for (let k = 0; k < size; k++) basketNorm += params.withinGroupDecay ** (size - 1 - k)
    for (let k = 0; k < size; k++) {
      const h = start + k
      const w = (wg * params.withinGroupDecay ** (size - 1 - k)) / basketNorm
      for (let j = history.itemOffsets[h]!; j < history.itemOffsets[h + 1]!; j++) {
        const item = history.items[j]!
        out.set(item, (out.get(item) ?? 0) + w)
      }
    }
    start += size
  }
  for (const [item, v] of out) out.set(item, v / groupNorm)
  return out
}

/** Every customer's vector over their whole history, with norms, as sparse rows. */
export function buildUserVectors(
  history: CustomerHistory,
  params: UserVectorParams,
): SparseRows & { norms: Float64Array } {
  const c = history.ids.length
  const offsets = new Int32Array(c + 1)
  const norms = new Float64Array(c)
  const items: number[] = []
  const scores: number[] = []
  for (let u = 0; u < c; u++) {
    const v = userVector(history, history.basketOffsets[u]!, history.basketOffsets[u + 1]!, params)
    let sq = 0
    for (const [item, x] of [...v].sort((a, b) => a[0] - b[0])) {
      items.push(item)
      scores.push(x)
      sq += x * x
    }
    norms[u] = Math.sqrt(sq)
    offsets[u + 1] = items.length
  }
  return { offsets, items: Int32Array.from(items), scores: Float32Array.from(scores), norms }
}
