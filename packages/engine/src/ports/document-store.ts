/**
 * The document port: a store's configuration as versioned JSON documents (merchant rules,
 * thresholds, bundles, loyalty, limited-time offers, referrals, placements, experiments).
 * @module
 */

/** One stored document. */
export interface StoredDocument {
  name: string
  /** Any JSON value, validated by the caller before it is stored. */
  value: unknown
  /** 1 for the first write, +1 per write. */
  version: number
  updatedAt: number
}

/** Reads and writes a store's documents by name. */
export interface DocumentStore {
  /** The store's document with this name, or `undefined`. */
  getDocument(storeId: string, name: string): Promise<StoredDocument | undefined>
  /** The store's documents ordered by name (code point order). */
  listDocuments(storeId: string): Promise<StoredDocument[]>
  /**
   * Writes a document (creating or replacing it). With `expectedVersion` (0 = must not exist),
   * throws `UpcrossError('conflict')` when the stored version differs, so two instances cannot
   * overwrite each other's edits unseen. `value` is stored as JSON (it reads back as
   * `JSON.parse(JSON.stringify(value))`); throws `invalid_input` when it has no JSON form.
   */
  putDocument(
    storeId: string,
    name: string,
    value: unknown,
    at: number,
    expectedVersion?: number,
  ): Promise<StoredDocument>
}
