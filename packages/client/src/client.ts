/**
 * `createUpcrossClient`: the typed client of the upcross API. Each method is one route of the
 * generated `paths` (openapi-fetch), authenticated with one key, answering the route's JSON or
 * throwing an `UpcrossApiError`.
 * @module
 */
import createClient, { type Client } from 'openapi-fetch'
import { errorFromAnswer, isUpcrossApiError, networkError } from './errors.js'
import type { paths } from './generated/openapi.js'
import type {
  AnalyticsPeriod,
  AnalyticsReport,
  Assignment,
  AssignmentQuery,
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
  StoreInfo,
  StoreSummary,
  TrainOptions,
} from './types.js'

/** How to reach the server. */
export interface UpcrossClientOptions {
  /** Where the API answers, e.g. `http://127.0.0.1:8787`, or `location.origin` in the dashboard. */
  baseUrl: string
  /** A secret or publishable key of a store, or the deployment admin token. */
  key: string
  /** Another fetch (tests, retries); default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch
}

/** Optimistic concurrency of a configuration write. */
export interface PutConfigOptions {
  /** Write only if the stored document still has this version (else `precondition_failed`). */
  ifMatch?: number
  /** Write only if the document does not exist yet. */
  create?: boolean
}

/** The client: one method per route the dashboard and tools use, plus the raw typed client. */
export interface UpcrossClient {
  /** The generated openapi-fetch client (same key), for any route without a method here. */
  readonly http: Client<paths>
  createStore(input: CreateStoreInput): Promise<StoreInfo>
  listStores(): Promise<StoreInfo[]>
  getStore(storeId: string): Promise<StoreSummary>
  createKey(storeId: string, kind: 'publishable' | 'secret'): Promise<IssuedKey>
  listKeys(storeId: string): Promise<KeyInfo[]>
  revokeKey(storeId: string, keyId: string): Promise<void>
  upsertProducts(storeId: string, products: ProductInput[]): Promise<ProductBatchReport>
  getProduct(storeId: string, sku: string): Promise<Product>
  addOrders(storeId: string, orders: OrderInput[]): Promise<OrderBatchReport>
  train(storeId: string, options?: TrainOptions): Promise<Job>
  getJob(storeId: string, jobId: string): Promise<Job>
  listJobs(storeId: string, limit?: number): Promise<Job[]>
  offers(storeId: string, request: OffersRequest): Promise<OffersAnswer>
  sendEvents(storeId: string, events: EventInput[]): Promise<EventsReport>
  /** Whether the customer (else the session) is held out, and its variant in each experiment. */
  assignment(storeId: string, who: AssignmentQuery): Promise<Assignment>
  /** Offer analytics and lift against the holdout (secret key; default the last 30 days). */
  analytics(storeId: string, period?: AnalyticsPeriod): Promise<AnalyticsReport>
  /** The document, or undefined when the store has none of that name yet. */
  getConfig(storeId: string, name: ConfigName): Promise<ConfigDocument | undefined>
  putConfig(
    storeId: string,
    name: ConfigName,
    value: unknown,
    options?: PutConfigOptions,
  ): Promise<ConfigDocument>
  /**
   * Any JSON route by method and path (`/v1/stores/demo/…`), with the same key and errors: for
   * routes newer than the generated types. Prefer the typed methods.
   */
  request<T>(method: string, path: string, body?: unknown): Promise<T>
}

type Answer<T> = { data?: T; error?: unknown; response: Response }

/** Awaits an openapi-fetch call: its data on 2xx, else the server's error as an exception. */
async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>
  try {
    answer = await call
  } catch (cause) {
    throw networkError(cause)
  }
  if (answer.response.ok) return answer.data as T
  throw errorFromAnswer(answer.response.status, answer.error)
}

/** Creates a client for one key. Nothing is sent until a method is called. */
export function createUpcrossClient(options: UpcrossClientOptions): UpcrossClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const authorization = `Bearer ${options.key}`
  const fetcher = options.fetch ?? ((input: Request) => globalThis.fetch(input))
  const http = createClient<paths>({
    baseUrl,
    headers: { authorization },
    fetch: (input: Request) => fetcher(input),
  })
  const store = (storeId: string) => ({ params: { path: { storeId } } })

  return {
    http,
    createStore: (input) => unwrap(http.POST('/v1/stores', { body: input })),
    listStores: async () => (await unwrap(http.GET('/v1/stores'))).stores,
    getStore: (storeId) => unwrap(http.GET('/v1/stores/{storeId}', store(storeId))),
    createKey: (storeId, kind) =>
      unwrap(http.POST('/v1/stores/{storeId}/keys', { ...store(storeId), body: { kind } })),
    listKeys: async (storeId) =>
      (await unwrap(http.GET('/v1/stores/{storeId}/keys', store(storeId)))).keys,
    revokeKey: async (storeId, keyId) => {
      await unwrap(
        http.DELETE('/v1/stores/{storeId}/keys/{keyId}', {
          params: { path: { storeId, keyId } },
          parseAs: 'text',
        }),
      )
    },
    upsertProducts: (storeId, products) =>
      unwrap(http.POST('/v1/stores/{storeId}/products', { ...store(storeId), body: { products } })),
    getProduct: (storeId, sku) =>
      unwrap(
        http.GET('/v1/stores/{storeId}/products/{sku}', { params: { path: { storeId, sku } } }),
      ),
    addOrders: (storeId, orders) =>
      unwrap(http.POST('/v1/stores/{storeId}/orders', { ...store(storeId), body: { orders } })),
    train: (storeId, settings) =>
      unwrap(http.POST('/v1/stores/{storeId}/train', { ...store(storeId), body: settings ?? {} })),
    getJob: (storeId, jobId) =>
      unwrap(
        http.GET('/v1/stores/{storeId}/jobs/{jobId}', { params: { path: { storeId, jobId } } }),
      ),
    listJobs: async (storeId, limit) =>
      (
        await unwrap(
          http.GET('/v1/stores/{storeId}/jobs', {
            params: { path: { storeId }, query: limit === undefined ? {} : { limit } },
          }),
        )
      ).jobs,
    offers: (storeId, request) =>
      unwrap(http.POST('/v1/stores/{storeId}/offers', { ...store(storeId), body: request })),
    sendEvents: (storeId, events) =>
      unwrap(http.POST('/v1/stores/{storeId}/events', { ...store(storeId), body: { events } })),
    assignment: (storeId, who) =>
      unwrap(
        http.GET('/v1/stores/{storeId}/assignment', { params: { path: { storeId }, query: who } }),
      ),
    analytics: (storeId, period = {}) =>
      unwrap(
        http.GET('/v1/stores/{storeId}/analytics', {
          params: { path: { storeId }, query: period },
        }),
      ),
    getConfig: async (storeId, name) => {
      try {
        return await unwrap(
          http.GET('/v1/stores/{storeId}/config/{name}', { params: { path: { storeId, name } } }),
        )
      } catch (error) {
        if (isUpcrossApiError(error, 'not_found')) return undefined
        throw error
      }
    },
    putConfig: (storeId, name, value, put = {}) => {
      const headers: Record<string, string> = {}
      if (put.ifMatch !== undefined) headers['if-match'] = `"${put.ifMatch}"`
      if (put.create) headers['if-none-match'] = '*'
      return unwrap(
        http.PUT('/v1/stores/{storeId}/config/{name}', {
          params: { path: { storeId, name } },
          headers,
          body: { value },
        }),
      )
    },
    async request<T>(method: string, path: string, body?: unknown): Promise<T> {
      const headers: Record<string, string> = { authorization }
      if (body !== undefined) headers['content-type'] = 'application/json'
      let response: Response
      try {
        response = await fetcher(
          new Request(`${baseUrl}${path}`, {
            method,
            headers,
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          }),
        )
      } catch (cause) {
        throw networkError(cause)
      }
      const text = await response.text()
      let parsed: unknown
      try {
        parsed = text === '' ? undefined : JSON.parse(text)
      } catch {
        parsed = undefined
      }
      if (!response.ok) throw errorFromAnswer(response.status, parsed)
      return parsed as T
    },
  }
}
