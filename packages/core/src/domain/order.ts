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
  const group = new OrderGrouper()
  for (const line of lines) {
    const done = group.add(line)
    if (done) yield done
  }
  const last = group.end()
  if (last) yield last
}

/** `groupConsecutiveLines` over an asynchronous stream of lines (a file being read). */
export async function* groupConsecutiveLinesAsync(
  lines: AsyncIterable<OrderLine> | Iterable<OrderLine>,
): AsyncGenerator<Order> {
  const group = new OrderGrouper()
  for await (const line of lines) {
    const done = group.add(line)
    if (done) yield done
  }
  const last = group.end()
  if (last) yield last
}

/** The state of grouping: the order being filled. */
class OrderGrouper {
  private current: Order | undefined

  /** Adds a line; returns the previous order when this line starts a new one. */
  add(line: OrderLine): Order | undefined {
    let done: Order | undefined
    if (this.current?.id !== line.orderId) {
      done = this.current
      this.current = {
        id: line.orderId,
        customerId: line.customerId,
        orderedAt: line.orderedAt,
        lines: [],
      }
    }
    this.current!.lines.push({ sku: line.sku, quantity: line.quantity, unitPrice: line.unitPrice })
    return done
  }

  /** The last order, once the lines are over. */
  end(): Order | undefined {
    return this.current
  }
}
