/**
 * A slice of the demo store (UCI Online Retail, France; data/demo) as the HTTP API takes it:
 * products (title and latest price derived from the order lines) and orders, parsed by the
 * core's own Online Retail parser, so cancellations and postage are left out as in the CLI.
 * @module
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import {
  createOnlineRetailDetailParser,
  deriveOnlineRetailProducts,
  type OnlineRetailLine,
} from 'upcross'
import { csvRecords } from './csv-records.js'

const FILE = fileURLToPath(new URL('../../data/demo/online_retail_france.csv.gz', import.meta.url))

/** A product as `POST /products` takes it. */
export interface ApiProduct {
  sku: string
  title: string
  category: string
  price: string | null
  relations?: Record<string, string[]>
}

/**
 * What the merchant declares on top of the file (which has no catalog): the Victorian sewing box
 * comes in three sizes, so the medium and the large are bigger variants of the small one.
 */
export const DECLARED: Record<string, Record<string, string[]>> = {
  '21257': { variant_of: ['21259'] },
  '21258': { variant_of: ['21259'] },
}

/** The product whose page the demo opens first: the small sewing box, with its two sizes up. */
export const LADDER_BASE = '21259'

/** An order as `POST /orders` takes it. */
export interface ApiOrder {
  id: string
  customer?: string
  orderedAt: string
  lines: { sku: string; quantity: number; unitPrice: string | null }[]
}

/** The slice: products, orders, and the SKUs in the most orders first. */
export interface DemoSlice {
  products: ApiProduct[]
  orders: ApiOrder[]
  bestSellers: string[]
}

const decimal = (minor: number | undefined) =>
  minor === undefined ? null : (minor / 100).toFixed(2)

/** The first `maxOrders` orders of the demo file (all of them by default). */
export function demoSlice(maxOrders = Number.POSITIVE_INFINITY): DemoSlice {
  const [header, ...records] = csvRecords(gunzipSync(readFileSync(FILE)).toString('utf8'))
  const parser = createOnlineRetailDetailParser(header!, FILE)
  if (!parser.ok) throw new Error(parser.issues.map((i) => i.message).join('; '))
  const accepted: OnlineRetailLine[] = []
  const orders = new Map<string, ApiOrder>()
  for (const rec of records) {
    const r = parser.value(rec)
    if (r.kind !== 'accept') continue
    const { line } = r.row
    let order = orders.get(line.orderId)
    if (!order) {
      if (orders.size >= maxOrders) break
      order = { id: line.orderId, orderedAt: new Date(line.orderedAt!).toISOString(), lines: [] }
      if (line.customerId !== '') order.customer = line.customerId
      orders.set(line.orderId, order)
    }
    order.lines.push({ sku: line.sku, quantity: line.quantity, unitPrice: decimal(line.unitPrice) })
    accepted.push(r.row)
  }
  const products = deriveOnlineRetailProducts(accepted).map((p) => {
    const product: ApiProduct = {
      sku: p.sku,
      title: p.title.trim(),
      category: p.category,
      price: decimal(p.price),
    }
    const relations = DECLARED[p.sku]
    if (relations) product.relations = relations
    return product
  })
  const count = new Map<string, number>()
  for (const o of orders.values())
    for (const sku of new Set(o.lines.map((l) => l.sku))) count.set(sku, (count.get(sku) ?? 0) + 1)
  const bestSellers = [...count.entries()].sort((a, b) => b[1] - a[1]).map(([sku]) => sku)
  return { products, orders: [...orders.values()], bestSellers }
}
