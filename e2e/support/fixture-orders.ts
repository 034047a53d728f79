/**
 * The orders of `e2e/__fixtures__/orders.csv` (30 orders of 12 SKUs by 8 customers) as the API
 * takes them, for tests that need a store worth training.
 * @module
 */
import { readFileSync } from 'node:fs'
import type { OrderInput } from '@upcross/client'

const CSV = new URL('../__fixtures__/orders.csv', import.meta.url)

/** The fixture's orders, grouped by id in file order (the file has no quoted fields). */
export function fixtureOrders(): OrderInput[] {
  const [, ...rows] = readFileSync(CSV, 'utf8').trim().split(/\r?\n/)
  const orders = new Map<string, OrderInput>()
  for (const row of rows) {
    const [id, customer, orderedAt, sku, quantity, unitPrice] = row.split(',') as [
      string,
      string,
      string,
      string,
      string,
      string,
    ]
    let order = orders.get(id)
    if (!order) {
      order = { id, orderedAt, lines: [] }
      if (customer !== '') order.customer = customer
      orders.set(id, order)
    }
    order.lines.push({ sku, quantity: Number(quantity), unitPrice })
  }
  return [...orders.values()]
}
