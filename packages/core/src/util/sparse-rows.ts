/**
 * Sparse rows of (item, score) pairs, the shape of several model parts.
 * @module
 */

/** Rows of (item, score) pairs: row `r` spans `[offsets[r], offsets[r+1])`. */
export interface SparseRows {
  offsets: Int32Array
  items: Int32Array
  scores: Float32Array
}

/** Sparse rows with no entries, for `rows` rows. */
export function emptyRows(rows: number): SparseRows {
  return {
    offsets: new Int32Array(rows + 1),
    items: new Int32Array(0),
    scores: new Float32Array(0),
  }
}
