/**
 * Sends a prepared file in batches, one after the other, and builds the report as the answers
 * come in. Every batch the server answered is committed there, so a failure part-way loses
 * nothing already accepted: the report says how far it got.
 * @module
 */
import type { OrderInput, ProductInput, UpcrossClient } from '@upcross/client'
import type { Prepared } from './csv/prepare.js'
import { byLine, emptyReport, type ImportReport, type RowIssue } from './report.js'
import { orderIssueRows, productIssueRow, siblingRows } from './server-issues.js'

/** How many orders (or order lines) and products go in one request; well under the API's limits. */
export const BATCH = { orders: 500, orderLines: 4000, products: 1000 } as const

/** Progress after each batch: items sent so far of all. */
export type OnProgress = (sent: number, total: number, report: ImportReport) => void

/** Splits indexes 0…n-1 into batches of at most `size` items and `weight` total. */
export function batches(
  n: number,
  size: number,
  weightOf: (i: number) => number,
  maxWeight: number,
): [number, number][] {
  const out: [number, number][] = []
  let start = 0
  let weight = 0
  for (let i = 0; i < n; i++) {
    const w = weightOf(i)
    if (i > start && (i - start >= size || weight + w > maxWeight)) {
      out.push([start, i])
      start = i
      weight = 0
    }
    weight += w
  }
  if (start < n) out.push([start, n])
  return out
}

function finish(report: ImportReport): ImportReport {
  report.rejected.sort(byLine)
  report.excluded.sort(byLine)
  return report
}

/** Imports prepared orders; resolves to the whole report, or throws with `report` attached. */
export async function importOrders(
  client: Pick<UpcrossClient, 'addOrders'>,
  storeId: string,
  prepared: Prepared<OrderInput>,
  onProgress: OnProgress,
): Promise<ImportReport> {
  const report = emptyReport('orders', prepared.rows)
  report.rejected.push(...prepared.issues)
  report.rejectedRecords = prepared.rejectedRecords
  const { items, lines } = prepared
  const plan = batches(items.length, BATCH.orders, (i) => items[i]!.lines.length, BATCH.orderLines)
  onProgress(0, items.length, report)
  for (const [from, to] of plan) {
    const answer = await sendOrFail(report, () => client.addOrders(storeId, items.slice(from, to)))
    const batchLines = lines.slice(from, to)
    const ids = items.slice(from, to).map((o) => o.id)
    const rejected: RowIssue[] = answer.issues.flatMap((i) =>
      orderIssueRows(i, batchLines, ids, 'rejected'),
    )
    report.rejected.push(...rejected, ...siblingRows(rejected, batchLines, ids))
    report.excluded.push(
      ...answer.excluded.flatMap((i) => orderIssueRows(i, batchLines, ids, 'excluded')),
    )
    report.sent += to - from
    report.inserted += answer.inserted
    report.duplicates += answer.duplicates
    report.rejectedRecords += answer.rejected
    onProgress(to, items.length, report)
  }
  return finish(report)
}

/** Imports prepared products; resolves to the whole report, or throws with `report` attached. */
export async function importProducts(
  client: Pick<UpcrossClient, 'upsertProducts'>,
  storeId: string,
  prepared: Prepared<ProductInput>,
  onProgress: OnProgress,
): Promise<ImportReport> {
  const report = emptyReport('products', prepared.rows)
  report.rejected.push(...prepared.issues)
  report.rejectedRecords = prepared.rejectedRecords
  const { items, lines } = prepared
  onProgress(0, items.length, report)
  for (const [from, to] of batches(items.length, BATCH.products, () => 1, BATCH.products)) {
    const answer = await sendOrFail(report, () =>
      client.upsertProducts(storeId, items.slice(from, to)),
    )
    const batchLines = lines.slice(from, to)
    const skus = items.slice(from, to).map((p) => p.sku)
    for (const issue of answer.issues) {
      const row = productIssueRow(issue, batchLines, skus)
      if (row) report.rejected.push(row)
    }
    report.sent += to - from
    report.inserted += answer.inserted
    report.updated += answer.updated
    report.rejectedRecords += answer.rejected
    onProgress(to, items.length, report)
  }
  return finish(report)
}

/** An import that stopped part-way: the error, and the report of what went in before it. */
export class ImportStopped extends Error {
  readonly report: ImportReport
  override readonly cause: unknown
  constructor(cause: unknown, report: ImportReport) {
    super(cause instanceof Error ? cause.message : String(cause))
    this.name = 'ImportStopped'
    this.cause = cause
    this.report = report
  }
}

async function sendOrFail<T>(report: ImportReport, send: () => Promise<T>): Promise<T> {
  try {
    return await send()
  } catch (error) {
    throw new ImportStopped(error, finish(report))
  }
}
