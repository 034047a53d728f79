/**
 * upcross engine: use cases over store ports, and an in-memory store.
 * @module
 */
export { createMemoryStore } from './memory-store.js'
export type { CatalogStore, UpsertProductsResult } from './ports/catalog-store.js'
export type { DocumentStore, StoredDocument } from './ports/document-store.js'
export type {
  AppendEventsResult,
  EventKind,
  EventQuery,
  EventStore,
  OfferEvent,
} from './ports/event-store.js'
export { EVENT_KINDS } from './ports/event-store.js'
export type { Job, JobPatch, JobStatus, JobStore } from './ports/job-store.js'
export type { ModelStore, StoredModel } from './ports/model-store.js'
export type {
  InsertOrdersResult,
  OrderStore,
  SequencedOrder,
  StreamOrdersAfterOptions,
  StreamOrdersOptions,
} from './ports/order-store.js'
export type { RequestCountStore } from './ports/request-count-store.js'
export type { Store, StoreTransaction } from './ports/store.js'
export type { ApiKeyRecord, KeyKind, Tenant, TenantStore } from './ports/tenant-store.js'
export {
  checkEvent,
  compareEvents,
  eventLimit,
  matchesEventQuery,
  normalizeEvent,
  OPTIONAL_EVENT_FIELDS,
} from './stored-events.js'
export { compareCodePoints, compareOrders, copyOrder, normalizeProduct } from './stored-form.js'
export {
  applyJobPatch,
  compareJobsNewestFirst,
  DEFAULT_JOB_LIMIT,
  normalizeJob,
} from './stored-jobs.js'
export { copyAsJson, toJsonText } from './stored-json.js'
export { checkRequestCounts } from './stored-request-counts.js'
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
  CollectTrainingInputOptions,
  TrainFromOutcomesOptions,
  TrainProgress,
  TrainResult,
  TrainUseCaseOptions,
} from './use-cases/train-model.js'
export {
  collectTrainingInput,
  PAUSE_EVERY_ORDERS,
  trainFromOrders,
  trainFromOutcomes,
  trainFromStore,
} from './use-cases/train-model.js'
