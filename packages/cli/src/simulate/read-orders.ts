/**
 * Whole orders from an order file, for replaying history.
 * @module
 */
import type { Order, OrderFormat } from 'upcross'
import { openOrderSource } from '../io/index.js'

/** The orders of a file and what was left out. */
export interface HistoryRead {
  orders: Order[]
  /** Accepted lines, rows excluded by the layout (cancellations, postage…), rejected rows. */
  lines: number
  excludedRows: number
  rejectedRows: number
  /** Orders without a customer or a time: they cannot be assigned or split, so are dropped. */
  droppedOrders: number
}

/**
 * Reads the accepted lines of a file into orders (lines of one order id merged wherever they
 * are), keeping orders that have a customer and a time.
 */
export async function readHistory(path: string, format: OrderFormat): Promise<HistoryRead> {
  const byId = new Map<string, Order>()
  const read = { lines: 0, excludedRows: 0, rejectedRows: 0 }
  for await (const outcome of openOrderSource([path], format)) {
    if (outcome.kind === 'exclude') read.excludedRows++
    else if (outcome.kind === 'reject') read.rejectedRows++
    else {
      read.lines++
      const l = outcome.row
      let order = byId.get(l.orderId)
      if (!order) {
        order = { id: l.orderId, customerId: l.customerId, orderedAt: l.orderedAt, lines: [] }
        byId.set(l.orderId, order)
      }
      order.lines.push({ sku: l.sku, quantity: l.quantity, unitPrice: l.unitPrice })
    }
  }
  const all = [...byId.values()]
  const orders = all.filter((o) => o.customerId !== '' && o.orderedAt !== undefined)
  return { orders, ...read, droppedOrders: all.length - orders.length }
}
