/**
 * Orders and their lines.
 * @module
 */
import type { Minor } from './money.js'

/** One line of one order, as the importers produce it. */
export interface OrderLine {
  orderId: string
  /** Empty string for a guest order. */
  customerId: string
  /** Milliseconds since the Unix epoch (UTC); `undefined` when the source has no time. */
  orderedAt: number | undefined
  sku: string
  quantity: number
  /** Price of one unit in minor units; `undefined` when the source has no price. */
  unitPrice: Minor | undefined
}

/** An order with its lines grouped. */
export interface Order {
  id: string
  customerId: string
  orderedAt: number | undefined
  lines: OrderLineItem[]
}

/** The part of an order line that belongs to the line, not the order. */
export interface OrderLineItem {
  sku: string
  quantity: number
  unitPrice: Minor | undefined
}

/** Groups consecutive lines of the same order id into orders (lines keep their order). */
export function* groupConsecutiveLines(lines: Iterable<OrderLine>): Generator<Order> {
  let current: Order | undefined
  for (const line of lines) {
    if (!current || current.id !== line.orderId) {
      if (current) yield current
      current = {
        id: line.orderId,
        customerId: line.customerId,
        orderedAt: line.orderedAt,
        lines: [],
      }
    }
    current.lines.push({ sku: line.sku, quantity: line.quantity, unitPrice: line.unitPrice })
  }
  if (current) yield current
}
