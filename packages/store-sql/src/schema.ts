/**
 * The database schema as Kysely types: money in integer minor units, times in integer epoch ms.
 * @module
 */

/** One catalog product of one store. */
export interface ProductsTable {
  store_id: string
  sku: string
  title: string
  /** Category path, levels separated by `>`; empty when unknown. */
  category: string
  price: number | null
  cost: number | null
  stock: number | null
  /** JSON array of strings, or null when there are none. */
  tags: string | null
  /** JSON object `{ kind: [sku, …] }`, or null when there are none. */
  relations: string | null
  /** When the row was last written, epoch ms. */
  updated_at: number
}

/** One order of one store. */
export interface OrdersTable {
  store_id: string
  order_id: string
  /** Empty for a guest order. */
  customer_id: string
  ordered_at: number | null
}

/** One line of one order; `line_no` counts from 0 in the order of the source. */
export interface OrderLinesTable {
  store_id: string
  order_id: string
  line_no: number
  sku: string
  quantity: number
  unit_price: number | null
}

/** Every table of the upcross database. */
export interface Database {
  products: ProductsTable
  orders: OrdersTable
  order_lines: OrderLinesTable
}
