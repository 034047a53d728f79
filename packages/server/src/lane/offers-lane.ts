/**
 * The express lane of `GET /v1/stores/:storeId/offers`, a storefront's most frequent request:
 * answered straight from `node:http` when everything it needs is already in memory — the key
 * and the store in the authorizer's cache, a query the route's schema accepts as it is, the
 * model and settings loaded. It runs the same steps as the route (the same authorizer, rate
 * limiter, query parser, schema check and `answerOffers`) without fastify's per-request objects
 * and hooks, which cost more than the whole answer (measured: docs/bench-http.md).
 *
 * It only ever answers 200. Anything else — a refusal, a key or store not cached yet, a query
 * that needs converting or is invalid, an answer that fails — is handed to fastify untouched
 * (nothing written yet), and the route answers it exactly as it always does.
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Tenant } from '@upcross/engine'
import type { FastifyBaseLogger } from 'fastify'
import type { TSchema } from 'typebox'
import { Compile } from 'typebox/compile'
import type { RecommendRequest } from 'upcross'
import type { Authorizer } from '../auth/authorizer.js'
import { CORS_HEADERS } from '../auth/cors.js'
import type { CredentialHasher } from '../auth/credential-hasher.js'
import { credentialOf, maskQueryKey, QUERY_KEY } from '../auth/query-key.js'
import { type CountedRequest, LIMIT_VERDICT } from '../auth/rate-limit.js'
import type { RateLimiter } from '../auth/rate-limiter.js'
import {
  type AnswerMemo,
  answerOffers,
  type OfferServing,
  recommendRequestOf,
} from '../offers/answer-offers.js'
import {
  fromQuery,
  type OffersInput,
  OffersQuery,
  type OffersQueryValue,
} from '../offers/schemas.js'

/** What the lane shares with the app. */
export interface OffersLaneDeps {
  authorizer: Authorizer
  hasher: CredentialHasher
  /** `undefined` when the deployment turned rate limits off. */
  limiter: RateLimiter | undefined
  serving: OfferServing
  /** The app's request id generator (ids stay unique across both paths). */
  nextRequestId: () => string
  /** The app's query-string parser (the route parses with the same function). */
  parseQuery: (query: string) => Record<string, unknown>
  /** Logs one line per request as fastify does, when request logging is on. */
  requestLog: FastifyBaseLogger | undefined
  /** False once the app is closing: new requests go to fastify, which answers 503. */
  open: () => boolean
}

/** A raw request handler: fastify's, or the lane in front of it. */
export type RawHandler = (req: IncomingMessage, res: ServerResponse) => void

/**
 * Answers the request, or hands it to `fallback` having written nothing (at once, or after an
 * answer that needed I/O failed).
 */
export type Lane = (req: IncomingMessage, res: ServerResponse, fallback: RawHandler) => void

const PREFIX = '/v1/stores/'
const SUFFIX = '/offers'
/** The route's `StoreIdSchema` (which also rules out anything that would need decoding). */
const STORE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/

/** The answer's headers besides its length: those the route sets, in the route's order. */
const HEADERS = [
  ['access-control-allow-origin', CORS_HEADERS['access-control-allow-origin']],
  ['cache-control', 'no-store'],
  ['content-type', 'application/json; charset=utf-8'],
] as const
const HEADERS_FLAT: string[] = HEADERS.flat()

/**
 * What a URL asks for: the query as the route reads it, the library's request, and the URL's
 * last answer (the one part that changes: frozen objects around a mutable memo).
 */
interface Prepared {
  /** The `key` parameter, as the query holds it. */
  queryKey: unknown
  input: OffersInput
  request: RecommendRequest
  memo: AnswerMemo
}

/** A request the lane takes: whose, as which request id, asking what. */
interface Taken extends Prepared {
  tenant: Tenant
  requestId: string
}

/** URLs whose query is kept parsed and validated. */
const MAX_PREPARED = 10_000

/** The lane for `GET …/offers`. */
export function offersLane(deps: OffersLaneDeps): Lane {
  const queryCheck = Compile(OffersQuery as TSchema)
  // What a URL asks for depends on the URL alone: a storefront repeats the same few (a product
  // page, a popular cart), so each is parsed and validated once (frozen, so no answer can change
  // what the next one reads). Made-up URLs can fill it; starting over keeps it bounded.
  const prepared = new Map<string, Prepared>()
  const prepare = (url: string, end: number): Prepared | undefined => {
    let p = prepared.get(url)
    if (p !== undefined) return p
    const query = end === url.length ? {} : deps.parseQuery(url.slice(end + 1))
    if (!queryCheck.Check(query)) return undefined
    const input = fromQuery(query as OffersQueryValue)
    let request: RecommendRequest
    try {
      request = recommendRequestOf(input)
    } catch {
      return undefined
    }
    Object.freeze(input.cart)
    Object.freeze(request.cart)
    p = Object.freeze({
      queryKey: query[QUERY_KEY],
      input: Object.freeze(input),
      request: Object.freeze(request),
      memo: {},
    })
    if (prepared.size >= MAX_PREPARED) prepared.clear()
    prepared.set(url, p)
    return p
  }
  const take = (req: IncomingMessage): Taken | undefined => {
    const url = req.url
    if (req.method !== 'GET' || url === undefined || !url.startsWith(PREFIX) || !deps.open())
      return undefined
    const slash = url.indexOf('/', PREFIX.length)
    if (slash < 0 || !url.startsWith(SUFFIX, slash)) return undefined
    const end = slash + SUFFIX.length
    if (end !== url.length && url.charCodeAt(end) !== 63 /* ? */) return undefined
    const storeId = url.slice(PREFIX.length, slash)
    if (!STORE_ID.test(storeId)) return undefined
    const prepared = prepare(url, end)
    if (prepared === undefined) return undefined
    const credential = credentialOf(req.headers.authorization, prepared.queryKey)
    if (typeof credential !== 'string') return undefined
    const hash = deps.hasher.hashOf(credential)
    const grant = deps.authorizer.cachedGrant('store', hash, storeId)
    if (grant?.tenant === undefined) return undefined
    if (deps.limiter) {
      const wait = deps.limiter.take(hash)
      // Counted here: the route answers the 429 (or anything else) without counting again.
      ;(req as CountedRequest)[LIMIT_VERDICT] = wait
      if (wait !== 0) return undefined
    }
    return { tenant: grant.tenant, requestId: deps.nextRequestId(), ...prepared }
  }
  return (req, res, fallback) => {
    const taken = take(req)
    if (taken === undefined) return fallback(req, res)
    const started = deps.requestLog ? performance.now() : 0
    const send = (json: Buffer): void => {
      if (deps.requestLog) logRequest(deps.requestLog, req, res, taken.requestId, started)
      res.writeHead(200, [...HEADERS_FLAT, 'content-length', String(json.length)])
      res.end(json)
    }
    let json: Buffer | Promise<Buffer>
    try {
      json = answerOffers(
        deps.serving,
        taken.tenant,
        taken.requestId,
        taken.input,
        taken.request,
        taken.memo,
      )
    } catch {
      return fallback(req, res)
    }
    // An answer that needed I/O (the shopper's events, settings being loaded) comes later; if
    // it fails, now or then, the route answers from the start, with its error.
    if (json instanceof Promise) json.then(send, () => fallback(req, res))
    else send(json)
  }
}

/** Fastify's two lines per request ("incoming request", "request completed"), same fields. */
function logRequest(
  log: FastifyBaseLogger,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  started: number,
): void {
  const socket = req.socket
  log.info(
    {
      requestId,
      req: {
        method: req.method,
        url: maskQueryKey(req.url ?? ''),
        host: req.headers.host,
        remoteAddress: socket.remoteAddress,
        remotePort: socket.remotePort,
      },
    },
    'incoming request',
  )
  res.once('finish', () =>
    log.info(
      { requestId, res: { statusCode: res.statusCode }, responseTime: performance.now() - started },
      'request completed',
    ),
  )
}
