/**
 * The whole store: catalog, orders, tenants and keys, events, documents, models, jobs and request
 * counts, plus transactions and closing.
 * @module
 */
import type { CatalogStore } from './catalog-store.js'
import type { DocumentStore } from './document-store.js'
import type { EventStore } from './event-store.js'
import type { JobStore } from './job-store.js'
import type { ModelStore } from './model-store.js'
import type { OrderStore } from './order-store.js'
import type { RequestCountStore } from './request-count-store.js'
import type { TenantStore } from './tenant-store.js'

/** The operations available inside a transaction. */
export type StoreTransaction = CatalogStore & OrderStore

/** A store adapter (in memory, SQLite, PostgreSQL): every port plus transactions. */
export interface Store
  extends CatalogStore,
    OrderStore,
    TenantStore,
    EventStore,
    DocumentStore,
    ModelStore,
    JobStore,
    RequestCountStore {
  /**
   * Runs `fn` in one transaction: every write made through `tx` commits together, or, when `fn`
   * throws, none does and the error is rethrown unchanged.
   */
  transaction<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T>
  /** Releases the store's resources; the store is unusable afterwards. */
  close(): Promise<void>
}
