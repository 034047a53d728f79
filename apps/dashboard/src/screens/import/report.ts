/**
 * The import report: every row of the file that was not imported, with its line, column and
 * reason, whether the browser found it (unreadable rows, values the API cannot even carry) or the
 * server did (the core's parsers, the same rules as the CLI).
 * @module
 */

/** One row not imported. */
export interface RowIssue {
  /** 1-based line of the file where the record starts. */
  line: number
  /** The CSV column at fault, when one is. */
  column?: string
  /** snake_case reason code (`invalid_time`, `field_count`, `order_rejected`, …). */
  code: string
  message: string
  /** `rejected`: malformed; `excluded`: well-formed but not a sale by design (returns, zero quantity). */
  outcome: 'rejected' | 'excluded'
  /** The order id or SKU of the record, when known. */
  record?: string
}

/** What one file's import did. */
export interface ImportReport {
  kind: 'orders' | 'products'
  /** Records read from the file (header and blank lines not counted). */
  rows: number
  /** Orders or products sent to the server. */
  sent: number
  inserted: number
  /** Products replaced (upserted by SKU). */
  updated: number
  /** Orders whose id was stored already (left unchanged). */
  duplicates: number
  /** Orders or products not stored because they were malformed. */
  rejectedRecords: number
  /** Every rejected row, by line. */
  rejected: RowIssue[]
  /** Every row left out by design, by line. */
  excluded: RowIssue[]
}

/** An empty report of `kind` for `rows` records. */
export function emptyReport(kind: ImportReport['kind'], rows: number): ImportReport {
  return {
    kind,
    rows,
    sent: 0,
    inserted: 0,
    updated: 0,
    duplicates: 0,
    rejectedRecords: 0,
    rejected: [],
    excluded: [],
  }
}

/** Orders rows by line, then column, for display. */
export function byLine(a: RowIssue, b: RowIssue): number {
  return a.line - b.line || (a.column ?? '').localeCompare(b.column ?? '')
}
