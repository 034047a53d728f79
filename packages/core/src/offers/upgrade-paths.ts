/**
 * Learned upgrade paths: for each item, better alternatives customers trade up to.
 * @module
 */
import type { ModelCatalog } from '../catalog/model-catalog.js'
import { emptyRows, type SparseRows } from '../model/model.js'

/** What the upgrade learner reads from a model in training. */
export interface UpgradeInput {
  skus: readonly string[]
  categories: readonly string[]
  prices: Float64Array
  itemCounts: Float64Array
  neighbours: {
    offsets: Int32Array
    items: Int32Array
    pairCounts: Float32Array
    weights: Float32Array
  }
  catalog: ModelCatalog
}

/** Learns each item's upgrade candidates (none yet: the upsell issue fills this in). */
export function learnUpgrades(input: UpgradeInput): SparseRows {
  return emptyRows(input.skus.length)
}
