/**
 * The `importOrders` use case: parser outcomes in, orders stored batch by batch, a report out.
 * @module
 */
import type { Order, OrderLine, OrderLineOutcome } from 'upcross'
import type { Store } from '../ports/store.js'
import { BatchImport, type BatchImportOptions, type ImportRowProgress } from './batch-import.js'
import type { ImportCounts } from './outcome-tally.js'

/** How many orders one batch (one transaction) holds by default. */
export const DEFAULT_ORDER_BATCH_SIZE = 1000

/** Progress of a running import, as passed to `onProgress`. */
export interface ImportOrdersProgress extends ImportRowProgress {
  ordersInserted: number
  ordersDuplicate: number
}

/** Options of `importOrders`; a batch holds `batchSize` orders. */
export interface ImportOrdersOptions extends BatchImportOptions<ImportOrdersProgress> {}

/** What an order import did. */
export interface ImportReport extends ImportCounts {
  orders: {
    /** Orders new to the store. */
    inserted: number
    /** Orders skipped because their id was stored before this import. */
    duplicates: number
    /** Later, non-contiguous parts of an order created by this import, appended to it. */
    merged: number
  }
  /** Transactions committed. */
  batches: number
}

/**
 * Imports order lines into `store` for tenant `storeId`. Consecutive accepted lines with one
 * order id form one order; a batch of orders is written in one transaction and batches end
 * only between orders. An id already stored before the import is a duplicate and skipped
 * whole; an id that re-appears later in the same import is merged into the order it created.
 */
export async function importOrders(
  store: Store,
  storeId: string,
  outcomes: AsyncIterable<OrderLineOutcome> | Iterable<OrderLineOutcome>,
  options: ImportOrdersOptions = {},
): Promise<ImportReport> {
  const orders = { inserted: 0, duplicates: 0, merged: 0 }
  const run = new BatchImport(options, DEFAULT_ORDER_BATCH_SIZE, () => ({
    ordersInserted: orders.inserted,
    ordersDuplicate: orders.duplicates,
  }))
  const { tally, batchSize } = run
  const created = new Set<string>()
  const duplicates = new Set<string>()
  /** The batch being built: each order with the number of fragments merged into it. */
  let pending = new Map<string, { order: Order; fragments: number }>()
  let current: Order | undefined

  const flush = async (): Promise<void> => {
    if (pending.size === 0) return
    const batch = pending
    pending = new Map()
    const fresh: Order[] = []
    const appends: Order[] = []
    for (const { order } of batch.values()) {
      if (created.has(order.id)) appends.push(order)
      else if (!duplicates.has(order.id)) fresh.push(order)
    }
    const result =
      fresh.length + appends.length === 0
        ? { inserted: 0, duplicates: 0, duplicateIds: [] }
        : await store.transaction(async (tx) => {
            const inserted = await tx.insertOrders(storeId, fresh)
            for (const order of appends) await tx.appendOrderLines(storeId, order.id, order.lines)
            return inserted
          })
    const skipped = new Set(result.duplicateIds)
    for (const order of fresh) (skipped.has(order.id) ? duplicates : created).add(order.id)
    for (const order of appends) orders.merged += batch.get(order.id)?.fragments ?? 0
    for (const order of fresh) {
      if (!skipped.has(order.id)) orders.merged += (batch.get(order.id)?.fragments ?? 1) - 1
    }
    orders.inserted += result.inserted
    orders.duplicates += result.duplicates
    run.batchDone()
  }

  const close = async (order: Order | undefined): Promise<void> => {
    if (!order) return
    const open = pending.get(order.id)
    if (open) {
      for (const line of order.lines) open.order.lines.push(line)
      open.fragments++
    } else pending.set(order.id, { order, fragments: 1 })
    if (pending.size >= batchSize) await flush()
  }

  for await (const outcome of outcomes) {
    const line: OrderLine | undefined = tally.see(outcome)
    if (line) {
      if (current?.id !== line.orderId) {
        await close(current)
        current = {
          id: line.orderId,
          customerId: line.customerId,
          orderedAt: line.orderedAt,
          lines: [],
        }
      }
      current.lines.push({ sku: line.sku, quantity: line.quantity, unitPrice: line.unitPrice })
    }
    run.rowDone()
  }
  await close(current)
  await flush()
  run.progress()
  return { ...tally.counts, orders, batches: run.batches }
}
