/**
 * The model port in memory: per store, model bytes by version.
 * @module
 */
import type { ModelStore, StoredModel } from '../ports/model-store.js'

/**
 * Creates the model port over fresh maps; `check` runs first in every method, `orderSeq` gives
 * the store's order sequence recorded with each model.
 */
export function createMemoryModels(
  check: () => void,
  orderSeq: (storeId: string) => number,
): ModelStore {
  const byStore = new Map<string, StoredModel[]>()
  return {
    async saveModel(storeId, bytes, at) {
      check()
      let models = byStore.get(storeId)
      if (!models) {
        models = []
        byStore.set(storeId, models)
      }
      const version = models.length + 1
      models.push({
        version,
        bytes: new Uint8Array(bytes),
        createdAt: at,
        orderSeq: orderSeq(storeId),
      })
      return version
    },
    async latestModel(storeId) {
      check()
      const latest = byStore.get(storeId)?.at(-1)
      return latest && { ...latest, bytes: new Uint8Array(latest.bytes) }
    },
    async latestModelVersion(storeId) {
      check()
      return byStore.get(storeId)?.length ?? 0
    },
  }
}
