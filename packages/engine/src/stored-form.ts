/**
 * The canonical form in which stores return products and orders: fresh copies, empty optional
 * product fields omitted, so every adapter answers with equal values.
 * @module
 */
import type { Order, Product, RelationKind } from 'upcross'

/** A fresh copy of a product in stored form: `cost`/`stock` omitted when undefined, `tags`/`relations` when empty. */
export function normalizeProduct(product: Product): Product {
  const out: Product = {
    sku: product.sku,
    title: product.title,
    category: product.category,
    price: product.price,
  }
  if (product.cost !== undefined) out.cost = product.cost
  if (product.stock !== undefined) out.stock = product.stock
  if (product.tags && product.tags.length > 0) out.tags = [...product.tags]
  const relations: Partial<Record<RelationKind, string[]>> = {}
  let any = false
  for (const [kind, targets] of Object.entries(product.relations ?? {})) {
    if (targets && targets.length > 0) {
      relations[kind as RelationKind] = [...targets]
      any = true
    }
  }
  if (any) out.relations = relations
  return out
}

/** A fresh deep copy of an order. */
export function copyOrder(order: Order): Order {
  return {
    id: order.id,
    customerId: order.customerId,
    orderedAt: order.orderedAt,
    lines: order.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, unitPrice: l.unitPrice })),
  }
}

/** Compares orders as `streamOrders` sorts them: no time first, then by time, then by id. */
export function compareOrders(a: Order, b: Order): number {
  if (a.orderedAt !== b.orderedAt) {
    if (a.orderedAt === undefined) return -1
    if (b.orderedAt === undefined) return 1
    return a.orderedAt - b.orderedAt
  }
  return compareCodePoints(a.id, b.id)
}

/** Compares strings by Unicode code points (the order of SQLite's BINARY collation on UTF-8). */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0
  const ia = a[Symbol.iterator]()
  const ib = b[Symbol.iterator]()
  for (;;) {
    const x = ia.next()
    const y = ib.next()
    if (x.done) return y.done ? 0 : -1
    if (y.done) return 1
    const cx = x.value.codePointAt(0) ?? 0
    const cy = y.value.codePointAt(0) ?? 0
    if (cx !== cy) return cx - cy
  }
}
