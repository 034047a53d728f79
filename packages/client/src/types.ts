/**
 * Names for the request and answer bodies the client's methods take and return, all derived
 * from the generated `paths`, so they follow the OpenAPI document without hand-kept copies.
 * @module
 */
import type { paths } from './generated/openapi.js'

type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never
type Responses<O> = O extends { responses: infer R } ? R : never
type Operation<P extends keyof paths, M extends keyof paths[P]> = NonNullable<paths[P][M]>

/** The JSON answer of `method path` with `status` (200 by default). */
export type AnswerOf<
  P extends keyof paths,
  M extends keyof paths[P],
  S extends number = 200,
> = JsonOf<Responses<Operation<P, M>>[S & keyof Responses<Operation<P, M>>]>

/** The JSON request body of `method path`. */
export type BodyOf<P extends keyof paths, M extends keyof paths[P]> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never

type StorePath = '/v1/stores/{storeId}'

/** A store as created and listed. */
export type StoreInfo = AnswerOf<'/v1/stores', 'post', 201>
/** What `POST /v1/stores` takes. */
export type CreateStoreInput = BodyOf<'/v1/stores', 'post'>
/** A store's summary: the store, its product and order counts, its model version. */
export type StoreSummary = AnswerOf<StorePath, 'get'>
/** A newly issued key (the key itself is in this answer only). */
export type IssuedKey = AnswerOf<'/v1/stores/{storeId}/keys', 'post', 201>
/** A key as listed (without the key). */
export type KeyInfo = AnswerOf<'/v1/stores/{storeId}/keys', 'get'>['keys'][number]
/** One product as sent to `POST /products`. */
export type ProductInput = BodyOf<'/v1/stores/{storeId}/products', 'post'>['products'][number]
/** The report of a product batch: counts and the issues of each rejected product. */
export type ProductBatchReport = AnswerOf<'/v1/stores/{storeId}/products', 'post'>
/** One product as the API shows it (prices as decimals of the store currency). */
export type Product = AnswerOf<'/v1/stores/{storeId}/products/{sku}', 'get'>
/** One order as sent to `POST /orders`. */
export type OrderInput = BodyOf<'/v1/stores/{storeId}/orders', 'post'>['orders'][number]
/** The report of an order batch: counts, rejected orders' issues, lines left out. */
export type OrderBatchReport = AnswerOf<'/v1/stores/{storeId}/orders', 'post'>
/** Settings of a training run. */
export type TrainOptions = NonNullable<BodyOf<'/v1/stores/{storeId}/train', 'post'>>
/** A background job (training): status, progress 0…1, message, result. */
export type Job = AnswerOf<'/v1/stores/{storeId}/jobs/{jobId}', 'get'>
/** What `POST /offers` takes: placement, cart, sku, customer, session, limit, at. */
export type OffersRequest = BodyOf<'/v1/stores/{storeId}/offers', 'post'>
/** The offers answer: request id, placement, model version, offers, warnings. */
export type OffersAnswer = AnswerOf<'/v1/stores/{storeId}/offers', 'post'>
/** One served offer with its reasons as data and as sentences. */
export type ServedOffer = OffersAnswer['offers'][number]
/** One event as sent to `POST /events`. */
export type EventInput = BodyOf<'/v1/stores/{storeId}/events', 'post'>['events'][number]
/** The report of an events batch. */
export type EventsReport = AnswerOf<'/v1/stores/{storeId}/events', 'post'>
/** The name of a configuration document (`rules`, `thresholds`, …). */
export type ConfigName =
  paths['/v1/stores/{storeId}/config/{name}']['get']['parameters']['path']['name']
/** A stored configuration document with its version (also its ETag). */
export type ConfigDocument = AnswerOf<'/v1/stores/{storeId}/config/{name}', 'get'>
/** A customer's or session's holdout and experiment variants. */
export type Assignment = AnswerOf<'/v1/stores/{storeId}/assignment', 'get'>
/** Who `GET /assignment` is about: the customer when known, else the session. */
export type AssignmentQuery = NonNullable<
  paths['/v1/stores/{storeId}/assignment']['get']['parameters']['query']
>
/** Offer analytics and lift for a period (money in minor units, `null` for 0/0). */
export type AnalyticsReport = AnswerOf<'/v1/stores/{storeId}/analytics', 'get'>
/** The period of `GET /analytics`: dates (`YYYY-MM-DD`, `to` included) or ISO instants. */
export type AnalyticsPeriod = NonNullable<
  paths['/v1/stores/{storeId}/analytics']['get']['parameters']['query']
>
