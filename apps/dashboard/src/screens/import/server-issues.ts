/**
 * The server's per-record issues (paths into the batch, `['orders', 3, 'lines', 0, 'unitPrice']`)
 * as rows of the file: line, CSV column, reason.
 * @module
 */
import type { ApiIssue } from '@upcross/client'
import { ORDER_COLUMN_OF } from './csv/orders-csv.js'
import type { RowIssue } from './report.js'

/** The file lines of a batch's items: `lines[i][j]` as in `Prepared.lines`. */
export type BatchLines = readonly (readonly number[])[]

/**
 * Rows of one server issue about the orders batch: a line's issue is that line; an order-level
 * issue (its time, its id) holds for every line of the order, so each of them is listed.
 */
export function orderIssueRows(
  issue: ApiIssue,
  lines: BatchLines,
  ids: readonly string[],
  outcome: RowIssue['outcome'],
): RowIssue[] {
  const [, i, part, j, name] = issue.path
  const own = typeof i === 'number' ? lines[i] : undefined
  if (!own) return []
  const record = typeof i === 'number' ? ids[i] : undefined
  const row = (line: number, f: unknown): RowIssue => ({
    line,
    ...(typeof f === 'string' ? { column: ORDER_COLUMN_OF[f] ?? f } : {}),
    code: issue.code,
    message: issue.message,
    outcome,
    ...(record === undefined ? {} : { record }),
  })
  if (part === 'lines' && typeof j === 'number') {
    const line = own[j]
    return line === undefined ? [] : [row(line, name)]
  }
  return own.map((line) => row(line, part))
}

/** The row of one server issue about the products batch (`['products', i, field, kind?]`). */
export function productIssueRow(
  issue: ApiIssue,
  lines: BatchLines,
  skus: readonly string[],
): RowIssue | undefined {
  const [, i, name, kind] = issue.path
  const line = typeof i === 'number' ? lines[i]?.[0] : undefined
  if (line === undefined) return undefined
  const column = name === 'relations' && typeof kind === 'string' ? kind : name
  return {
    line,
    ...(typeof column === 'string' ? { column } : {}),
    code: issue.code,
    message: issue.message,
    outcome: 'rejected',
    ...(typeof i === 'number' && skus[i] !== undefined ? { record: skus[i] } : {}),
  }
}

/**
 * The other lines of orders the server rejected: not imported either, because an order with a
 * malformed line is rejected whole.
 */
export function siblingRows(
  rejected: readonly RowIssue[],
  lines: BatchLines,
  ids: readonly string[],
): RowIssue[] {
  const named = new Set(rejected.map((r) => r.line))
  const out: RowIssue[] = []
  lines.forEach((own, i) => {
    if (!own.some((l) => named.has(l))) return
    for (const line of own)
      if (!named.has(line))
        out.push({
          line,
          code: 'order_rejected',
          message: `order "${ids[i]}" is rejected whole because another of its lines is malformed`,
          outcome: 'rejected',
          record: ids[i]!,
        })
  })
  return out
}
