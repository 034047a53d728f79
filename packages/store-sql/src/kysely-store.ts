/**
 * A `Store` over any Kysely dialect: the ports, transactions, and driver-error translation.
 * @module
 */
import type { Store, StoreTransaction } from '@upcross/engine'
import type { Kysely } from 'kysely'
import { isUpcrossError, UpcrossError } from 'upcross'
import { countProducts, getProducts, upsertProducts } from './kysely-catalog.js'
import { kyselyDocumentStore } from './kysely-documents.js'
import { kyselyEventStore } from './kysely-events.js'
import { kyselyJobStore } from './kysely-jobs.js'
import { kyselyModelStore } from './kysely-models.js'
import {
  appendOrderLines,
  countOrders,
  DEFAULT_STREAM_BATCH,
  insertOrders,
  lastOrderSeq,
  streamOrders,
  streamOrdersAfter,
} from './kysely-orders.js'
import { countItemPairs, type ItemPairCount, type ItemPairOptions } from './kysely-pairs.js'
import { kyselyRequestCountStore } from './kysely-request-counts.js'
import type { Run } from './kysely-run.js'
import { kyselyTenantStore } from './kysely-tenants.js'
import type { Database } from './schema.js'

/** What a dialect adds to the shared store: its error translation, clock and closing. */
export interface KyselyStoreOptions {
  /** Turns a driver error into an `UpcrossError`; returns other values unchanged. */
  translate: (error: unknown) => unknown
  /** Epoch ms for `updated_at` columns (default `Date.now`). */
  clock?: () => number
  /** Releases the connection(s); called once by `close()`. */
  close: () => Promise<void>
}

/** A store on a SQL database: every port, plus queries that only SQL adapters answer. */
export interface SqlStore extends Store {
  /** Counts item pairs bought together with one SQL query (see `countItemPairs`). */
  countItemPairs(storeId: string, options: ItemPairOptions): Promise<ItemPairCount[]>
}

/** Creates a store on `db`; every method translates driver errors and refuses a closed store. */
export function createKyselyStore(db: Kysely<Database>, options: KyselyStoreOptions): SqlStore {
  const clock = options.clock ?? Date.now
  let closed = false
  let queue: Promise<unknown> = Promise.resolve()

  /** Maps a failure of the adapter itself: driver errors by code, anything else as internal. */
  const fail = (error: unknown): unknown => {
    const translated = options.translate(error)
    if (isUpcrossError(translated)) return translated
    const message = error instanceof Error ? error.message : String(error)
    return new UpcrossError('internal', `database: ${message}`, { cause: error })
  }
  const guard: Run = async <T>(work: () => Promise<T>): Promise<T> => {
    if (closed) throw new UpcrossError('unavailable', 'the store is closed')
    try {
      return await work()
    } catch (error) {
      throw fail(error)
    }
  }

  /** A stream whose every read is guarded (closed store, driver errors). */
  async function* guarded<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
    const it = source[Symbol.asyncIterator]()
    for (;;) {
      const next = await guard(() => it.next())
      if (next.done) return
      yield next.value
    }
  }

  /** The ports on `conn`; `inTx` tells whether `conn` is already a transaction. */
  const operations = (conn: Kysely<Database>, inTx: boolean): StoreTransaction => {
    const atomic = <T>(work: (c: Kysely<Database>) => Promise<T>): Promise<T> =>
      inTx ? work(conn) : conn.transaction().execute(work)
    return {
      upsertProducts: (storeId, products) =>
        guard(() => atomic((c) => upsertProducts(c, storeId, products, clock()))),
      getProducts: (storeId, skus) => guard(() => getProducts(conn, storeId, skus)),
      countProducts: (storeId) => guard(() => countProducts(conn, storeId)),
      insertOrders: (storeId, orders) =>
        guard(() => atomic((c) => insertOrders(c, storeId, orders))),
      appendOrderLines: (storeId, orderId, lines) =>
        guard(() => atomic((c) => appendOrderLines(c, storeId, orderId, lines))),
      countOrders: (storeId) => guard(() => countOrders(conn, storeId)),
      streamOrders: (storeId, streamOptions) => {
        const batch = streamOptions?.batchSize ?? DEFAULT_STREAM_BATCH
        return guarded(streamOrders(conn, storeId, batch, streamOptions?.throughSeq))
      },
      lastOrderSeq: (storeId) => guard(() => lastOrderSeq(conn, storeId)),
      streamOrdersAfter: (storeId, after, streamOptions) => {
        const batch = streamOptions?.batchSize ?? DEFAULT_STREAM_BATCH
        return guarded(streamOrdersAfter(conn, storeId, after, batch))
      },
    }
  }

  return {
    ...operations(db, false),
    // Not part of `StoreTransaction`: each method is atomic on its own.
    ...kyselyTenantStore(db, guard),
    ...kyselyEventStore(db, guard),
    ...kyselyDocumentStore(db, guard),
    ...kyselyModelStore(db, guard),
    ...kyselyJobStore(db, guard),
    ...kyselyRequestCountStore(db, guard),
    countItemPairs: (storeId, pairOptions) => guard(() => countItemPairs(db, storeId, pairOptions)),
    transaction<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        if (closed) throw new UpcrossError('unavailable', 'the store is closed')
        try {
          return await db.transaction().execute((trx) => fn(operations(trx, true)))
        } catch (error) {
          // The function's own errors pass through unchanged; only driver errors are translated.
          throw options.translate(error)
        }
      }
      // One store runs its transactions one after the other, as the memory store does: a pool
      // (PostgreSQL) would otherwise interleave them under READ COMMITTED. SQLite's driver
      // already runs one at a time; other instances sharing the database are not queued.
      const result = queue.then(run, run)
      queue = result.catch(() => undefined)
      return result
    },
    async close() {
      if (closed) return
      closed = true
      try {
        await options.close()
      } catch (error) {
        throw fail(error)
      }
    },
  }
}
