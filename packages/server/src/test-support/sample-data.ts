/**
 * A small real-looking store for the tests: the orders of the end-to-end fixture (30 orders of
 * 12 SKUs by 8 customers) as API JSON, and a few catalog rows.
 * @module
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** One order as the API takes it. */
export interface JsonOrder {
  id: string
  customer?: string
  orderedAt: string
  lines: { sku: string; quantity: number; unitPrice?: number | string }[]
}

const ORDERS_CSV = fileURLToPath(
  new URL('../../../../e2e/__fixtures__/orders.csv', import.meta.url),
)

/** The fixture's orders, grouped by id in file order. */
export function sampleOrders(): JsonOrder[] {
  const [, ...rows] = readFileSync(ORDERS_CSV, 'utf8').trim().split(/\r?\n/)
  const orders = new Map<string, JsonOrder>()
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

/** A few products of the fixture's catalog. */
export const SAMPLE_PRODUCTS = [
  { sku: 'LAPTOP-1', title: 'Laptop 14", 8 GB', category: 'Computers > Laptops', price: 899 },
  { sku: 'BAG-1', title: 'Laptop bag', category: 'Bags', price: '39.90' },
  { sku: 'MOUSE-1', title: 'Wireless mouse', category: 'Computers > Accessories', price: 19.5 },
  { sku: 'COFFEE-1', title: 'Coffee beans 1 kg', category: 'Food > Coffee', price: 12.5 },
  { sku: 'FILTER-1', title: 'Paper filters', category: 'Food > Coffee', price: 3.9 },
]
