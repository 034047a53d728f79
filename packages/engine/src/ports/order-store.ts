/**
 * The order port: orders of one store (tenant) with their lines, keyed by order id.
 * @module
 */
import type { Order, OrderLineItem } from 'upcross'

/** What `insertOrders` did: orders written, and orders skipped because their id was stored. */
export interface InsertOrdersResult {
  inserted: number
  duplicates: number
  /** The ids that were already stored before the call (so skipped), each once, in input order. */
  duplicateIds: string[]
}

/** Options of `streamOrders`. */
export interface StreamOrdersOptions {
  /** How many orders to read per round trip (default 500). */
  batchSize?: number
  /**
   * Only orders whose latest write is at or before this point of the store's order sequence
   * (`lastOrderSeq`), and orders stored before the store kept a sequence: what a model trained
   * "through" that point holds, so that `streamOrdersAfter` gives exactly the rest.
   */
  throughSeq?: number
}

/** Options of `streamOrdersAfter`. */
export interface StreamOrdersAfterOptions {
  /** How many orders to read per round trip (default 500). */
  batchSize?: number
}

/** An order with its place in the store's order sequence. */
export interface SequencedOrder {
  /** The sequence number of the order's latest write (insert or appended lines). */
  seq: number
  order: Order
}

/**
 * Reads and writes the orders of a store. Every method takes the tenant's `storeId`; one tenant
 * never sees another's orders, and the same order id may exist in two tenants.
 */
export interface OrderStore {
  /**
   * Stores orders whose id is new to the store; an order whose id is already stored is skipped
   * whole (never merged), and so is a repeat of an id earlier in `orders` (the first one wins).
   */
  insertOrders(storeId: string, orders: readonly Order[]): Promise<InsertOrdersResult>
  /**
   * Appends lines after the existing lines of a stored order; throws
   * `UpcrossError('not_found')` when the order is not stored.
   */
  appendOrderLines(storeId: string, orderId: string, lines: readonly OrderLineItem[]): Promise<void>
  /**
   * Every order of the store ordered by time (orders without a time first), then by id (code
   * point order); lines in stored order.
   */
  streamOrders(storeId: string, options?: StreamOrdersOptions): AsyncIterable<Order>
  /** How many orders the store has. */
  countOrders(storeId: string): Promise<number>
  /**
   * The store's order sequence: every write of an order (`insertOrders` of a new id,
   * `appendOrderLines`) gives that order a sequence number above every number already
   * committed for the store, and writers commit in sequence order, so a reader that has seen
   * number s never later sees a newly committed write numbered s or lower. This is the latest
   * number handed out and committed (0 when none); numbers may skip (duplicates, rollbacks).
   */
  lastOrderSeq(storeId: string): Promise<number>
  /**
   * Every order whose latest write is numbered above `after`, in sequence order, with its
   * number; lines in stored order. An order with appended lines comes again, under its new
   * number. Orders stored before the store kept a sequence never come.
   */
  streamOrdersAfter(
    storeId: string,
    after: number,
    options?: StreamOrdersAfterOptions,
  ): AsyncIterable<SequencedOrder>
}
