/**
 * Cross-sell partners of a SKU from the model's counts plus the evidence of newer orders.
 * @module
 */
import {
  type AssociationParams,
  associationWeight,
  DEFAULT_ASSOCIATION,
} from '../mining/measures.js'
import type { Model } from '../model/model.js'
import type { CooccurrenceDelta } from './cooccurrence-delta.js'

/** One partner: its SKU, association weight w(a→b) and merged pair count c_ab. */
export interface DeltaNeighbour {
  sku: string
  weight: number
  pairCount: number
}

/**
 * The top `k` partners b of `sku` by w(a→b) = c_ab / ((c_a + shrink)^α · c_b^β) (the model's
 * association weight and parameters; `DEFAULT_ASSOCIATION` without a model), where every count is
 * the model's plus the delta's: a SKU the model has never seen is ranked on new orders alone; a
 * known one gains fresh evidence. Candidates are the model's stored neighbours of `sku` and its
 * partners in the delta; pairs below `minPairCount` weigh 0 and are left out. A pair the model
 * did not keep (below `minPairCount` or beyond the top neighbours at training) counts only its
 * new evidence until the next retrain. Ties: SKU order. With time decay, model counts are decayed
 * and delta counts are not (new orders are the freshest).
 */
export function deltaNeighbours(
  delta: CooccurrenceDelta,
  sku: string,
  k: number,
  model?: Model,
): DeltaNeighbour[] {
  const params: AssociationParams = model?.meta.params.association ?? DEFAULT_ASSOCIATION
  const a = model?.itemIndex.get(sku)
  const count = (s: string) => {
    const i = model?.itemIndex.get(s)
    return (i === undefined ? 0 : model!.itemCounts[i]!) + delta.itemCount(s)
  }
  const ca = count(sku)
  const pairs = new Map<string, number>()
  if (model && a !== undefined) {
    const nb = model.neighbours
    for (let j = nb.offsets[a]!; j < nb.offsets[a + 1]!; j++)
      pairs.set(model.skus[nb.items[j]!]!, nb.pairCounts[j]!)
  }
  for (const [b, n] of delta.partners(sku))
    pairs.set(b, (pairs.get(b) ?? modelPair(model, b, a)) + n)
  const out: DeltaNeighbour[] = []
  for (const [b, cab] of pairs) {
    const weight = associationWeight(cab, ca, count(b), params)
    if (weight > 0) out.push({ sku: b, weight, pairCount: cab })
  }
  out.sort((x, y) => y.weight - x.weight || (x.sku < y.sku ? -1 : 1))
  return out.slice(0, Math.max(0, k))
}

/** c_ab from b's stored neighbours when a's list did not hold b (lists are cut per item). */
function modelPair(model: Model | undefined, b: string, a: number | undefined): number {
  const i = model?.itemIndex.get(b)
  if (!model || i === undefined || a === undefined) return 0
  const nb = model.neighbours
  for (let j = nb.offsets[i]!; j < nb.offsets[i + 1]!; j++)
    if (nb.items[j] === a) return nb.pairCounts[j]!
  return 0
}
