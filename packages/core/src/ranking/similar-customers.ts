/**
 * Similar customers by cosine similarity of their item vectors, through an item → customers
 * index built once per model on first use.
 * @module
 */
import type { Model } from '../model/model.js'
import { topK } from '../util/top-k.js'

interface CustomerIndex {
  offsets: Int32Array
  customers: Int32Array
  weights: Float32Array
}

const indexes = new WeakMap<Model, CustomerIndex>()

function customerIndex(model: Model): CustomerIndex {
  const cached = indexes.get(model)
  if (cached) return cached
  const u = model.users
  const m = model.skus.length
  const offsets = new Int32Array(m + 1)
  for (let k = 0; k < u.items.length; k++) offsets[u.items[k]! + 1]!++
  for (let i = 0; i < m; i++) offsets[i + 1]! += offsets[i]!
  const fill = offsets.slice(0, m)
  const customers = new Int32Array(u.items.length)
  const weights = new Float32Array(u.items.length)
  const c = u.norms.length
  for (let cu = 0; cu < c; cu++) {
    for (let k = u.offsets[cu]!; k < u.offsets[cu + 1]!; k++) {
      const slot = fill[u.items[k]!]!++
      customers[slot] = cu
      weights[slot] = u.scores[k]!
    }
  }
  const built = { offsets, customers, weights }
  indexes.set(model, built)
  return built
}

/**
 * The `k` customers most similar to `vector` (cosine), excluding `self`, best first, with their
 * similarities.
 */
export function similarCustomers(
  model: Model,
  vector: ReadonlyMap<number, number>,
  self: number,
  k: number,
): { customers: Int32Array; similarity: Float64Array } {
  const index = customerIndex(model)
  const norms = model.users.norms
  const dot = new Float64Array(norms.length)
  const touched: number[] = []
  let sq = 0
  for (const [item, x] of vector) {
    sq += x * x
    for (let r = index.offsets[item]!; r < index.offsets[item + 1]!; r++) {
      const cu = index.customers[r]!
      if (cu === self) continue
      if (dot[cu] === 0) touched.push(cu)
      dot[cu]! += x * index.weights[r]!
    }
  }
  const norm = Math.sqrt(sq)
  for (const cu of touched)
    dot[cu] = norm > 0 && norms[cu]! > 0 ? dot[cu]! / (norm * norms[cu]!) : 0
  const best = topK(touched, touched.length, dot, k)
  const similarity = new Float64Array(best.length)
  best.forEach((cu, i) => {
    similarity[i] = dot[cu]!
  })
  return { customers: best, similarity }
}
