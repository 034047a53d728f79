/**
 * upcross engine: use cases over store ports, and an in-memory store.
 * @module
 */
export { createMemoryStore } from './memory-store.js'
export type { CatalogStore, UpsertProductsResult } from './ports/catalog-store.js'
export type { InsertOrdersResult, OrderStore, StreamOrdersOptions } from './ports/order-store.js'
export type { Store, StoreTransaction } from './ports/store.js'
export { compareCodePoints, compareOrders, copyOrder, normalizeProduct } from './stored-form.js'
export type {
  ImportOrdersOptions,
  ImportOrdersProgress,
  ImportReport,
} from './use-cases/import-orders.js'
export { DEFAULT_ORDER_BATCH_SIZE, importOrders } from './use-cases/import-orders.js'
export type {
  ImportProductsOptions,
  ImportProductsProgress,
  ImportProductsReport,
} from './use-cases/import-products.js'
export { DEFAULT_PRODUCT_BATCH_SIZE, importProducts } from './use-cases/import-products.js'
export type { ImportCounts, IssueKind } from './use-cases/outcome-tally.js'
export { DEFAULT_MAX_ISSUES, OutcomeTally } from './use-cases/outcome-tally.js'
export type {
  TrainFromOutcomesOptions,
  TrainProgress,
  TrainResult,
  TrainUseCaseOptions,
} from './use-cases/train-model.js'
export { trainFromOrders, trainFromOutcomes, trainFromStore } from './use-cases/train-model.js'
