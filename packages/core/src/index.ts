/**
 * upcross: pure TypeScript mining, ranking and offers for upsell and cross-sell; no I/O.
 * @module
 */

export type { Minor } from './domain/money.js'
export { formatMinor, MINOR_PER_MAJOR, parseMinor } from './domain/money.js'
export type { Offer, OfferKind } from './domain/offer.js'
export type { Order, OrderLine, OrderLineItem } from './domain/order.js'
export { groupConsecutiveLines } from './domain/order.js'
export type { Placement } from './domain/placement.js'
export { isPlacement, PLACEMENTS } from './domain/placement.js'
export type { Product, RelationKind } from './domain/product.js'
export { RELATION_KINDS } from './domain/product.js'
export type {
  BoughtBeforeReason,
  BoughtTogetherReason,
  PopularReason,
  Reason,
} from './domain/reason.js'
export type { RecommendRequest } from './domain/recommend-request.js'
export { DEFAULT_LIMIT, MAX_LIMIT, parseRecommendRequest } from './domain/recommend-request.js'
export type { ErrorCode, Issue, IssueSource, Result, UpcrossErrorOptions } from './errors.js'
export { assert, fail, formatIssue, isUpcrossError, ok, UpcrossError } from './errors.js'
export type { FimiBasketHandler, FimiParser, FimiParserOptions } from './ingest/fimi.js'
export { createFimiParser } from './ingest/fimi.js'
export type {
  OrderFormat,
  OrderLineOutcome,
  ProductOutcome,
  RecordOutcome,
  TextRecord,
} from './ingest/types.js'
export { ORDER_FORMATS } from './ingest/types.js'
export type { BasketSet } from './mining/basket-set.js'
export { BasketSetBuilder, basketSkus, sortUnique } from './mining/basket-set.js'
export { FloatBuffer, IntBuffer } from './util/int-buffer.js'
