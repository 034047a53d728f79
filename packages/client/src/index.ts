/**
 * `@upcross/client`: the typed HTTP client of the upcross API, generated from the committed
 * OpenAPI document (`docs/openapi.json`).
 * @module
 */
export type { PutConfigOptions, UpcrossClient, UpcrossClientOptions } from './client.js'
export { createUpcrossClient } from './client.js'
export type { ApiIssue } from './errors.js'
export { isUpcrossApiError, UpcrossApiError } from './errors.js'
export type { components, paths } from './generated/openapi.js'
export type {
  AnalyticsPeriod,
  AnalyticsReport,
  AnswerOf,
  Assignment,
  AssignmentQuery,
  BodyOf,
  ConfigDocument,
  ConfigName,
  CreateStoreInput,
  EventInput,
  EventsReport,
  IssuedKey,
  Job,
  KeyInfo,
  OffersAnswer,
  OffersRequest,
  OrderBatchReport,
  OrderInput,
  Product,
  ProductBatchReport,
  ProductInput,
  ServedOffer,
  StoreInfo,
  StoreSummary,
  TrainOptions,
} from './types.js'
