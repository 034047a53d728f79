/**
 * The order port as dialect-neutral Kysely queries (every value bound as a parameter).
 * @module
 */
import type { InsertOrdersResult, SequencedOrder } from '@upcross/engine'
import type { Kysely } from 'kysely'
import type { Order, OrderLineItem } from 'upcross'
import { UpcrossError } from 'upcross'
import { chunks, ROWS_PER_INSERT, VALUES_PER_IN_LIST } from './chunks.js'
import type { Database, OrderLinesTable, OrdersTable } from './schema.js'

/** Default number of orders `streamOrders` reads per query. */
export const DEFAULT_STREAM_BATCH = 500

function lineRows(
  storeId: string,
  orderId: string,
  lines: readonly OrderLineItem[],
  first: number,
): OrderLinesTable[] {
  return lines.map((l, i) => ({
    store_id: storeId,
    order_id: orderId,
    line_no: first + i,
    sku: l.sku,
    quantity: l.quantity,
    unit_price: l.unitPrice ?? null,
  }))
}

async function insertLines(db: Kysely<Database>, rows: readonly OrderLinesTable[]): Promise<void> {
  for (const chunk of chunks(rows, ROWS_PER_INSERT)) {
    await db.insertInto('order_lines').values(chunk).execute()
  }
}

/**
 * Takes `n` numbers of the store's order sequence and returns the first; run it inside the
 * transaction that writes the orders, before anything else. The counter row stays locked until
 * the transaction ends, so writers of one store commit in the order of their numbers (on
 * PostgreSQL too): a reader that has seen number s never later sees a new write numbered ≤ s.
 * Writers of one store's orders therefore take turns (SQLite has one writer anyway).
 */
async function takeSequence(db: Kysely<Database>, storeId: string, n: number): Promise<number> {
  await db
    .insertInto('order_sequences')
    .values({ store_id: storeId, seq: 0 })
    .onConflict((oc) => oc.column('store_id').doNothing())
    .execute()
  const row = await db
    .updateTable('order_sequences')
    .set((eb) => ({ seq: eb('seq', '+', n) }))
    .where('store_id', '=', storeId)
    .returning('seq')
    .executeTakeFirstOrThrow()
  return Number(row.seq) - n + 1
}

/** Inserts the orders whose id is new (ON CONFLICT DO NOTHING); run it inside a transaction. */
export async function insertOrders(
  db: Kysely<Database>,
  storeId: string,
  orders: readonly Order[],
): Promise<InsertOrdersResult> {
  const unique = new Map<string, Order>()
  for (const order of orders) if (!unique.has(order.id)) unique.set(order.id, order)
  const inserted = new Set<string>()
  // A duplicate wastes its number (the sequence may skip; it never goes back).
  let seq = unique.size === 0 ? 0 : await takeSequence(db, storeId, unique.size)
  for (const chunk of chunks([...unique.values()], ROWS_PER_INSERT)) {
    const rows = await db
      .insertInto('orders')
      .values(
        chunk.map((o) => ({
          store_id: storeId,
          order_id: o.id,
          customer_id: o.customerId,
          ordered_at: o.orderedAt ?? null,
          seq: seq++,
        })),
      )
      .onConflict((oc) => oc.columns(['store_id', 'order_id']).doNothing())
      .returning('order_id')
      .execute()
    for (const row of rows) inserted.add(row.order_id)
  }
  const lines: OrderLinesTable[] = []
  const duplicateIds: string[] = []
  for (const order of unique.values()) {
    if (inserted.has(order.id)) lines.push(...lineRows(storeId, order.id, order.lines, 0))
    else duplicateIds.push(order.id)
  }
  await insertLines(db, lines)
  return {
    inserted: inserted.size,
    duplicates: orders.length - inserted.size,
    duplicateIds,
  }
}

/**
 * Appends lines after the last line of a stored order and gives the order the next number of
 * the store's order sequence; run it inside a transaction.
 */
export async function appendOrderLines(
  db: Kysely<Database>,
  storeId: string,
  orderId: string,
  lines: readonly OrderLineItem[],
): Promise<void> {
  const seq = await takeSequence(db, storeId, 1)
  const order = await db
    .selectFrom('orders')
    .select('order_id')
    .where('store_id', '=', storeId)
    .where('order_id', '=', orderId)
    .executeTakeFirst()
  if (!order) throw new UpcrossError('not_found', `order ${orderId} is not stored`)
  const last = await db
    .selectFrom('order_lines')
    .select((eb) => eb.fn.max('line_no').as('max'))
    .where('store_id', '=', storeId)
    .where('order_id', '=', orderId)
    .executeTakeFirst()
  const next = last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1
  await insertLines(db, lineRows(storeId, orderId, lines, next))
  await db
    .updateTable('orders')
    .set({ seq })
    .where('store_id', '=', storeId)
    .where('order_id', '=', orderId)
    .execute()
}

/** The last number of the store's order sequence (0 when it has none). */
export async function lastOrderSeq(db: Kysely<Database>, storeId: string): Promise<number> {
  const row = await db
    .selectFrom('order_sequences')
    .select('seq')
    .where('store_id', '=', storeId)
    .executeTakeFirst()
  return row === undefined ? 0 : Number(row.seq)
}

/** How many orders a store has. */
export async function countOrders(db: Kysely<Database>, storeId: string): Promise<number> {
  const row = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('store_id', '=', storeId)
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/** Where the previous page ended; orders without a time are read first, then the timed ones. */
interface Cursor {
  orderedAt: number | null
  orderId: string
}

/**
 * One page of orders after `after`. Each condition is a range the `orders_by_time` index can
 * seek to (`ordered_at IS NULL AND order_id > ?`, or the row value
 * `(ordered_at, order_id) > (?, ?)`), so every page costs the same however deep it is.
 */
async function orderPage(
  db: Kysely<Database>,
  storeId: string,
  timed: boolean,
  after: Cursor | undefined,
  limit: number,
  throughSeq: number | undefined,
) {
  let q = db
    .selectFrom('orders')
    .select(['order_id', 'customer_id', 'ordered_at'])
    .where('store_id', '=', storeId)
  if (throughSeq !== undefined)
    q = q.where((eb) => eb.or([eb('seq', 'is', null), eb('seq', '<=', throughSeq)]))
  if (!timed) {
    q = q.where('ordered_at', 'is', null)
    if (after) q = q.where('order_id', '>', after.orderId)
  } else if (after && after.orderedAt !== null) {
    const { orderedAt, orderId } = after
    q = q.where((eb) =>
      eb(eb.refTuple('ordered_at', 'order_id'), '>', eb.tuple(orderedAt, orderId)),
    )
  } else {
    q = q.where('ordered_at', 'is not', null)
  }
  return q.orderBy('ordered_at').orderBy('order_id').limit(limit).execute()
}

/** The orders of one page with their lines, in the page's order. */
async function withLines(
  db: Kysely<Database>,
  storeId: string,
  page: readonly Pick<OrdersTable, 'order_id' | 'customer_id' | 'ordered_at'>[],
): Promise<Map<string, Order>> {
  const byId = new Map<string, Order>()
  for (const row of page) {
    byId.set(row.order_id, {
      id: row.order_id,
      customerId: row.customer_id,
      orderedAt: row.ordered_at === null ? undefined : Number(row.ordered_at),
      lines: [],
    })
  }
  const lines = await db
    .selectFrom('order_lines')
    .select(['order_id', 'sku', 'quantity', 'unit_price'])
    .where('store_id', '=', storeId)
    .where('order_id', 'in', [...byId.keys()])
    .orderBy('order_id')
    .orderBy('line_no')
    .execute()
  for (const l of lines) {
    byId.get(l.order_id)?.lines.push({
      sku: l.sku,
      quantity: Number(l.quantity),
      unitPrice: l.unit_price === null ? undefined : Number(l.unit_price),
    })
  }
  return byId
}

/**
 * Reads a store's orders page by page (keyset pagination), by time (none first) then id; with
 * `throughSeq`, only those whose latest write is numbered at most that (or has no number).
 */
export async function* streamOrders(
  db: Kysely<Database>,
  storeId: string,
  batchSize: number = DEFAULT_STREAM_BATCH,
  throughSeq?: number,
): AsyncGenerator<Order> {
  const limit = Math.max(1, Math.min(Math.floor(batchSize), VALUES_PER_IN_LIST))
  let after: Cursor | undefined
  let timed = false
  for (;;) {
    const page = await orderPage(db, storeId, timed, after, limit, throughSeq)
    if (page.length === 0) {
      if (timed) return
      timed = true
      after = undefined
      continue
    }
    yield* (await withLines(db, storeId, page)).values()
    const last = page[page.length - 1]!
    after = { orderedAt: last.ordered_at, orderId: last.order_id }
    if (page.length < limit) {
      if (timed) return
      timed = true
      after = undefined
    }
  }
}

/**
 * Reads the orders whose latest write is numbered above `after`, in number order, page by page
 * through the `orders_by_seq` index; each with its number.
 */
export async function* streamOrdersAfter(
  db: Kysely<Database>,
  storeId: string,
  after: number,
  batchSize: number = DEFAULT_STREAM_BATCH,
): AsyncGenerator<SequencedOrder> {
  const limit = Math.max(1, Math.min(Math.floor(batchSize), VALUES_PER_IN_LIST))
  let cursor = after
  for (;;) {
    const page = await db
      .selectFrom('orders')
      .select(['order_id', 'customer_id', 'ordered_at', 'seq'])
      .where('store_id', '=', storeId)
      .where('seq', '>', cursor)
      .orderBy('seq')
      .limit(limit)
      .execute()
    if (page.length === 0) return
    const byId = await withLines(db, storeId, page)
    for (const row of page) yield { seq: Number(row.seq), order: byId.get(row.order_id)! }
    if (page.length < limit) return
    cursor = Number(page[page.length - 1]!.seq)
  }
}
