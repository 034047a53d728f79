/**
 * The model port: trained models (`.upx` bytes) per store, so every instance serves the same.
 * @module
 */

/** One stored model. */
export interface StoredModel {
  /** 1, 2, … per store. */
  version: number
  bytes: Uint8Array
  createdAt: number
  /**
   * The store's order sequence (`lastOrderSeq`) when the model was saved: the orders written
   * after it are newer than the model. Undefined for models saved before the store kept it.
   */
  orderSeq?: number
}

/** Saves and loads a store's models. */
export interface ModelStore {
  /**
   * Stores a new model as the store's next version (1 for the first) and returns that version;
   * concurrent saves get distinct versions. Records the store's order sequence with it
   * (`StoredModel.orderSeq`).
   */
  saveModel(storeId: string, bytes: Uint8Array, at: number): Promise<number>
  /** The latest model (a fresh copy of its bytes), or `undefined` when none was saved. */
  latestModel(storeId: string): Promise<StoredModel | undefined>
  /** The latest version number without the bytes (0 when none), to poll cheaply for changes. */
  latestModelVersion(storeId: string): Promise<number>
}
