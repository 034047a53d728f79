/**
 * What a file becomes before it is sent: the API's records, the file line(s) of each, and the
 * rows the browser already rejected.
 * @module
 */
import type { RowIssue } from '../report.js'

/** Records ready to send in batches, each with the file lines it came from. */
export interface Prepared<T> {
  kind: 'orders' | 'products'
  items: T[]
  /** `lines[i][j]`: the file line of item i's j-th line (orders) or of item i (products, j = 0). */
  lines: number[][]
  /** Rows rejected in the browser: unreadable, or values the API's schema cannot carry. */
  issues: RowIssue[]
  /** Records read from the file. */
  rows: number
  /** Orders or products not sent because of `issues`. */
  rejectedRecords: number
}

/** A file that cannot be imported at all (no header, missing columns). */
export interface Unusable {
  kind: 'orders' | 'products'
  fatal: string
}

/** The longest id or SKU the API takes. */
export const MAX_ID = 200
