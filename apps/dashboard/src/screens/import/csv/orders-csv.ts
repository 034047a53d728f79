/**
 * The canonical orders CSV (`order_id,customer_id,ordered_at,sku,quantity,unit_price`, one row
 * per order line) as the API's orders. The browser checks only what the request schema could not
 * carry (an empty id or SKU, a quantity that is not a whole number, an over-long id); times,
 * prices and returns are judged by the server with the CLI's rules.
 * @module
 */
import type { OrderInput } from '@upcross/client'
import type { RowIssue } from '../report.js'
import { field, findColumns } from './columns.js'
import { MAX_ID, type Prepared, type Unusable } from './prepare.js'
import type { CsvTable } from './read-csv.js'

const REQUIRED = ['order_id', 'ordered_at', 'sku', 'quantity'] as const
const OPTIONAL = ['customer_id', 'unit_price'] as const
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number]

/** The API field of each column, and back (for the server's issue paths). */
export const ORDER_COLUMN_OF: Readonly<Record<string, string>> = {
  id: 'order_id',
  customer: 'customer_id',
  orderedAt: 'ordered_at',
  sku: 'sku',
  quantity: 'quantity',
  unitPrice: 'unit_price',
}

interface Draft {
  order: OrderInput
  lines: number[]
  bad: boolean
}

/** Checks one row's values against what the request schema accepts; issues for each fault. */
function rowIssues(line: number, id: string, values: Record<Column, string>): RowIssue[] {
  const issues: RowIssue[] = []
  const bad = (column: Column, code: string, message: string) =>
    issues.push({ line, column, code, message, outcome: 'rejected', record: id || undefined })
  if (id === '') bad('order_id', 'missing_value', 'order_id is empty')
  if (values.sku === '') bad('sku', 'missing_value', 'sku is empty')
  if (values.quantity === '') bad('quantity', 'missing_value', 'quantity is empty')
  else if (!/^[+-]?\d{1,15}$/.test(values.quantity))
    bad(
      'quantity',
      'invalid_quantity',
      `quantity must be a whole number; found "${values.quantity}"`,
    )
  for (const c of ['order_id', 'sku', 'customer_id'] as const)
    if (values[c].length > MAX_ID) bad(c, 'too_long', `${c} is longer than ${MAX_ID} characters`)
  return issues
}

/** Groups the rows into orders (by id, in order of first appearance). */
export function prepareOrders(table: CsvTable): Prepared<OrderInput> | Unusable {
  const columns = findColumns<Column>(table.header, REQUIRED, OPTIONAL)
  if (!columns.ok) return { kind: 'orders', fatal: columns.message }
  const issues: RowIssue[] = table.problems.map((p) => ({ ...p, outcome: 'rejected' as const }))
  const drafts = new Map<string, Draft>()
  const orphans: RowIssue[] = []
  for (const { line, fields } of table.records) {
    const values = {} as Record<Column, string>
    for (const c of [...REQUIRED, ...OPTIONAL]) values[c] = field(fields, columns.index, c)
    const id = values.order_id
    const found = rowIssues(line, id, values)
    issues.push(...found)
    if (id === '') continue
    let draft = drafts.get(id)
    if (!draft) {
      const customer = values.customer_id
      draft = {
        order: { id, orderedAt: values.ordered_at, lines: [], ...(customer ? { customer } : {}) },
        lines: [],
        bad: false,
      }
      drafts.set(id, draft)
    }
    draft.lines.push(line)
    if (found.length > 0) {
      draft.bad = true
      continue
    }
    draft.order.lines.push({
      sku: values.sku,
      quantity: Number(values.quantity),
      ...(values.unit_price === '' ? {} : { unitPrice: values.unit_price }),
    })
  }
  const items: OrderInput[] = []
  const lines: number[][] = []
  let rejectedRecords = 0
  for (const draft of drafts.values()) {
    if (!draft.bad) {
      items.push(draft.order)
      lines.push(draft.lines)
      continue
    }
    // As on the server, an order with a malformed line is rejected whole: a partial order
    // would distort what sells with what.
    rejectedRecords++
    const named = new Set(issues.map((i) => i.line))
    for (const line of draft.lines)
      if (!named.has(line))
        orphans.push({
          line,
          code: 'order_rejected',
          message: `order "${draft.order.id}" is rejected whole because another of its lines is malformed`,
          outcome: 'rejected',
          record: draft.order.id,
        })
  }
  return {
    kind: 'orders',
    items,
    lines,
    issues: [...issues, ...orphans],
    rows: table.records.length + table.problems.length,
    rejectedRecords,
  }
}
