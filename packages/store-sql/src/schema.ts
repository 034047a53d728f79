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
  /**
   * The store's order-sequence number of the order's latest write (insert or appended lines);
   * null for orders stored before the database kept a sequence (migration 0003).
   */
  seq: number | null
}

/** The order sequence of one store: the last number handed out (see `orders.seq`). */
export interface OrderSequencesTable {
  store_id: string
  seq: number
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

/** One store (tenant) of the deployment. */
export interface TenantsTable {
  id: string
  name: string
  currency: string
  created_at: number
}

/** One API key of a tenant: only the hash of the key is kept. */
export interface ApiKeysTable {
  id: string
  store_id: string
  /** `publishable` or `secret`. */
  kind: string
  /** Hex SHA-256 of the key; unique across every store. */
  hash: string
  prefix: string
  created_at: number
  revoked_at: number | null
}

/** One offer event of one store; optional fields are null when absent. */
export interface EventsTable {
  store_id: string
  id: string
  kind: string
  at: number
  sku: string | null
  offer_id: string | null
  placement: string | null
  customer: string | null
  session: string | null
  order_id: string | null
  quantity: number | null
  revenue: number | null
  strategy: string | null
  /** 1 or 0 (an integer on every database), null when unknown. */
  holdout: number | null
}

/** One versioned JSON document of one store. */
export interface DocumentsTable {
  store_id: string
  name: string
  /** The value as JSON text (not jsonb: the text reads back exactly as written). */
  value: string
  version: number
  updated_at: number
}

/** One trained model of one store. */
export interface ModelsTable {
  store_id: string
  version: number
  /** The `.upx` file (blob on SQLite, bytea on PostgreSQL). */
  bytes: Uint8Array
  created_at: number
  /** The store's order sequence when the model was saved; null before migration 0003. */
  order_seq: number | null
}

/** One background job of one store. */
export interface JobsTable {
  store_id: string
  id: string
  kind: string
  status: string
  progress: number
  message: string
  /** JSON text, or null when the job has no result. */
  result: string | null
  created_at: number
  updated_at: number
}

/**
 * How many requests one API key made in one fixed window, summed over every instance (see
 * `RequestCountStore`); rows of old windows are deleted as new ones are added.
 */
export interface RequestCountsTable {
  /** The counted key's hash, as the rate limiter gives it (never a client address). */
  key_hash: string
  /** Epoch ms at which the window starts. */
  window_start: number
  count: number
}

/** Every table of the upcross database. */
export interface Database {
  products: ProductsTable
  orders: OrdersTable
  order_lines: OrderLinesTable
  order_sequences: OrderSequencesTable
  tenants: TenantsTable
  api_keys: ApiKeysTable
  events: EventsTable
  documents: DocumentsTable
  models: ModelsTable
  jobs: JobsTable
  request_counts: RequestCountsTable
}
