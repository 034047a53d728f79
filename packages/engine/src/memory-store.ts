/**
 * An in-memory `Store` for tests and library users: same behaviour as the SQL adapters, no I/O.
 * @module
 */
import type { Order, OrderLineItem, Product } from 'upcross'
import { UpcrossError } from 'upcross'
import { createMemoryDocuments } from './memory/documents.js'
import { createMemoryEvents } from './memory/events.js'
import { createMemoryJobs } from './memory/jobs.js'
import { createMemoryModels } from './memory/models.js'
import { createMemoryRequestCounts } from './memory/request-counts.js'
import { createMemoryTenants } from './memory/tenants.js'
import type { UpsertProductsResult } from './ports/catalog-store.js'
import type { InsertOrdersResult } from './ports/order-store.js'
import type { Store, StoreTransaction } from './ports/store.js'
import { compareCodePoints, compareOrders, copyOrder, normalizeProduct } from './stored-form.js'

type Undo = (() => void)[]

/** The tables of the memory store and the operations on them; `undo` records inverse steps. */
class Tables {
  readonly orders = new Map<string, Map<string, Order>>()
  readonly products = new Map<string, Map<string, Product>>()
  /** Per store: the order sequence (the last number handed out) and each order's number. */
  readonly sequences = new Map<string, { last: number; of: Map<string, number> }>()

  sequenceOf(storeId: string): { last: number; of: Map<string, number> } {
    let s = this.sequences.get(storeId)
    if (!s) {
      s = { last: 0, of: new Map() }
      this.sequences.set(storeId, s)
    }
    return s
  }

  /**
   * Gives `orderId` the store's next order number; a rollback restores the order's number and
   * leaves a gap in the sequence, as the SQL stores do.
   */
  sequence(storeId: string, orderId: string, undo?: Undo): void {
    const s = this.sequenceOf(storeId)
    const before = s.of.get(orderId)
    s.of.set(orderId, ++s.last)
    undo?.push(() => {
      if (before === undefined) s.of.delete(orderId)
      else s.of.set(orderId, before)
    })
  }

  ordersOf(storeId: string): Map<string, Order> {
    let m = this.orders.get(storeId)
    if (!m) {
      m = new Map()
      this.orders.set(storeId, m)
    }
    return m
  }

  productsOf(storeId: string): Map<string, Product> {
    let m = this.products.get(storeId)
    if (!m) {
      m = new Map()
      this.products.set(storeId, m)
    }
    return m
  }

  upsertProducts(storeId: string, products: readonly Product[], undo?: Undo): UpsertProductsResult {
    const table = this.productsOf(storeId)
    const latest = new Map<string, Product>()
    for (const p of products) latest.set(p.sku, p)
    let inserted = 0
    let updated = 0
    for (const [sku, p] of latest) {
      const before = table.get(sku)
      if (before) updated++
      else inserted++
      table.set(sku, normalizeProduct(p))
      undo?.push(() => (before ? table.set(sku, before) : table.delete(sku)))
    }
    return { inserted, updated }
  }

  insertOrders(storeId: string, orders: readonly Order[], undo?: Undo): InsertOrdersResult {
    const table = this.ordersOf(storeId)
    const duplicateIds: string[] = []
    const seen = new Set<string>()
    let inserted = 0
    let duplicates = 0
    for (const order of orders) {
      if (table.has(order.id)) {
        duplicates++
        if (!seen.has(order.id)) duplicateIds.push(order.id)
      } else {
        table.set(order.id, copyOrder(order))
        undo?.push(() => table.delete(order.id))
        this.sequence(storeId, order.id, undo)
        inserted++
      }
      seen.add(order.id)
    }
    return { inserted, duplicates, duplicateIds }
  }

  appendOrderLines(
    storeId: string,
    orderId: string,
    lines: readonly OrderLineItem[],
    undo?: Undo,
  ): void {
    const order = this.orders.get(storeId)?.get(orderId)
    if (!order) throw new UpcrossError('not_found', `order ${orderId} is not stored`)
    const length = order.lines.length
    for (const l of lines) order.lines.push({ ...l })
    undo?.push(() => {
      order.lines.length = length
    })
    this.sequence(storeId, orderId, undo)
  }
}

/** Creates the operations of the store over `tables`, recording undo steps when `undo` is given. */
function operations(tables: Tables, check: () => void, undo?: Undo): StoreTransaction {
  return {
    async upsertProducts(storeId, products) {
      check()
      return tables.upsertProducts(storeId, products, undo)
    },
    async getProducts(storeId, skus) {
      check()
      const table = tables.products.get(storeId) ?? new Map<string, Product>()
      const found = skus
        ? [...new Set(skus)].flatMap((s) => table.get(s) ?? [])
        : [...table.values()]
      return found.sort((a, b) => compareCodePoints(a.sku, b.sku)).map(normalizeProduct)
    },
    async countProducts(storeId) {
      check()
      return tables.products.get(storeId)?.size ?? 0
    },
    async insertOrders(storeId, orders) {
      check()
      return tables.insertOrders(storeId, orders, undo)
    },
    async appendOrderLines(storeId, orderId, lines) {
      check()
      tables.appendOrderLines(storeId, orderId, lines, undo)
    },
    streamOrders(storeId, options) {
      check()
      const through = options?.throughSeq
      const seq = tables.sequences.get(storeId)?.of
      const snapshot = [...(tables.orders.get(storeId)?.values() ?? [])]
        .filter((o) => through === undefined || (seq?.get(o.id) ?? 0) <= through)
        .sort(compareOrders)
        .map(copyOrder)
      return (async function* () {
        yield* snapshot
      })()
    },
    async countOrders(storeId) {
      check()
      return tables.orders.get(storeId)?.size ?? 0
    },
    async lastOrderSeq(storeId) {
      check()
      return tables.sequences.get(storeId)?.last ?? 0
    },
    streamOrdersAfter(storeId, after) {
      check()
      const table = tables.orders.get(storeId)
      const snapshot = [...(tables.sequences.get(storeId)?.of ?? [])]
        .filter(([, seq]) => seq > after)
        .sort((a, b) => a[1] - b[1])
        .map(([id, seq]) => ({ seq, order: copyOrder(table!.get(id)!) }))
      return (async function* () {
        yield* snapshot
      })()
    },
  }
}

/**
 * Creates an empty in-memory store. Transactions run one at a time and are undone whole when
 * their function throws; writes outside a transaction apply at once. Tenants, events,
 * documents, models, jobs and request counts each live in their own module (`memory/`).
 */
export function createMemoryStore(): Store {
  const tables = new Tables()
  let closed = false
  let queue: Promise<unknown> = Promise.resolve()
  const check = (): void => {
    if (closed) throw new UpcrossError('unavailable', 'the store is closed')
  }
  return {
    ...operations(tables, check),
    // The other ports are not part of `StoreTransaction`, so they write at once and need no undo.
    ...createMemoryTenants(check),
    ...createMemoryEvents(check),
    ...createMemoryDocuments(check),
    ...createMemoryModels(check, (storeId) => tables.sequences.get(storeId)?.last ?? 0),
    ...createMemoryJobs(check),
    ...createMemoryRequestCounts(check),
    transaction<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        check()
        const undo: Undo = []
        let open = true
        const tx = operations(
          tables,
          () => {
            check()
            if (!open) throw new UpcrossError('internal', 'the transaction has ended')
          },
          undo,
        )
        try {
          return await fn(tx)
        } catch (error) {
          for (let i = undo.length - 1; i >= 0; i--) undo[i]?.()
          throw error
        } finally {
          open = false
        }
      }
      const result = queue.then(run, run)
      queue = result.catch(() => undefined)
      return result
    },
    async close() {
      closed = true
    },
  }
}
