/**
 * Answers one offers request (either form): validation by the library's own request parser,
 * the store's model and settings from memory, the shopper's arm, then the answer from the cache
 * or from the offer pipeline. Synchronous when everything is in memory (the usual case).
 * @module
 */
import type { EventStore, Tenant } from '@upcross/engine'
import {
  type AcceptanceCounts,
  type Model,
  parseRecommendRequest,
  type RecommendRequest,
  type ThresholdCartLine,
  UpcrossError,
} from 'upcross'
import { thompsonAcceptance } from './acceptance.js'
import type { AnswerCache, CachedAnswer } from './answer-cache.js'
import type { FreshSnapshot } from './fresh-orders.js'
import type { ModelCache, ServingModel } from './model-cache.js'
import type { PolledCache } from './polled-cache.js'
import {
  answerExtra,
  answerFor,
  answerTemplate,
  offerFragments,
  unknownSkuWarnings,
} from './present-offers.js'
import type { OffersInput } from './schemas.js'
import { armOf, offerCacheKey, type ServeInputs, serveOffers } from './serve-offers.js'
import { needsShopperEvents, shopperEvents } from './shopper-events.js'
import type { StoreSettings } from './store-settings.js'

/** What answering reads: caches, the event store and the clock. */
export interface OfferServing {
  models: ModelCache
  answers: AnswerCache
  settings: PolledCache<StoreSettings>
  acceptance: PolledCache<AcceptanceCounts>
  events: EventStore
  clock: () => number
  random: () => number
}

/**
 * The last answer of one repeated request, kept by a caller that sees the same request again and
 * again (the express lane keeps one per URL): while the store's model, settings, learned
 * acceptance and tenant are the very same objects, the answer is the same, so a repeat skips
 * straight to writing its id in. Only answers the answer cache may keep are kept here, and
 * nothing when the answer cache is off.
 */
export interface AnswerMemo {
  tenant?: Tenant
  model?: ServingModel
  settings?: StoreSettings
  counts?: AcceptanceCounts
  template?: CachedAnswer
}

type Maybe<T> = T | Promise<T>
const then = <T, U>(v: Maybe<T>, f: (t: T) => Maybe<U>): Maybe<U> =>
  v instanceof Promise ? v.then(f) : f(v)

/** Cart lines with the catalog's prices (never the client's) for the given quantities. */
function linesOf(model: Model, lines: OffersInput['lines']): ThresholdCartLine[] | undefined {
  if (lines === undefined) return undefined
  const out: ThresholdCartLine[] = []
  for (const l of lines) {
    const i = model.itemIndex.get(l.sku)
    const price = i === undefined ? Number.NaN : model.prices[i]!
    if (Number.isFinite(price))
      out.push({ sku: l.sku, quantity: l.quantity, unitPrice: Math.round(price) })
  }
  return out
}

/**
 * Whether the answer for `cart` reads the fresh evidence: the cart holds an item the model has
 * never seen, or one bought since training with a new product whose facts are known (which may
 * be offered). Two lookups per cart item: never a scan of the evidence.
 */
function needsFresh(model: Model, fresh: FreshSnapshot, cart: readonly string[]): boolean {
  for (const sku of cart) if (!model.itemIndex.has(sku) || fresh.hasNewPartner(sku)) return true
  return false
}

/**
 * The library's request for an offers input, validated by its own parser; throws
 * `invalid_input` with the parser's issues. Depends on the input alone, so a caller may keep it
 * for a repeat of the same input.
 */
export function recommendRequestOf(input: OffersInput): RecommendRequest {
  const parsed = parseRecommendRequest({
    // The id is not the answer's (that is the request id `answerOffers` is given): the core
    // reads none, and a kept request serves many answers.
    id: 'offers',
    placement: input.placement,
    cart: cartOf(input),
    sku: input.sku,
    customer: input.customer,
    limit: input.limit,
    at: input.at,
  })
  if (!parsed.ok)
    throw new UpcrossError('invalid_input', parsed.issues.map((i) => i.message).join('; '), {
      issues: parsed.issues,
    })
  return parsed.value
}

const cartOf = (input: OffersInput) => input.cart ?? input.lines?.map((l) => l.sku)

/**
 * The answer as UTF-8 JSON; `request` when the caller already has `recommendRequestOf(input)`,
 * `memo` when it keeps one for this very input (`AnswerMemo`).
 */
export function answerOffers(
  serving: OfferServing,
  tenant: Tenant,
  requestId: string,
  input: OffersInput,
  request: RecommendRequest = recommendRequestOf(input),
  memo?: AnswerMemo,
): Buffer | Promise<Buffer> {
  const storeId = tenant.id
  const { session, sku } = input
  const cart = cartOf(input)
  const context = { storeId, session }
  const answer = (model: ServingModel | undefined, settings: StoreSettings): Maybe<Buffer> => {
    if (model === undefined)
      throw new UpcrossError(
        'precondition_failed',
        `store "${storeId}" has no trained model yet: POST /v1/stores/${storeId}/train`,
      )
    // Read on every request, before any kept answer, so the counts follow the orders within a
    // poll interval: a cart they speak for (an item the model lacks, or a new product bought
    // with one of its items) uses them, keys its cached answer by their version and is never
    // answered from the memo (the recent orders change without a new object).
    const snapshot = model.fresh?.snapshot()
    const fresh = snapshot && needsFresh(model.model, snapshot, request.cart) ? snapshot : undefined
    const kept = memo?.template
    if (
      kept &&
      fresh === undefined &&
      memo.model === model &&
      memo.settings === settings &&
      memo.tenant === tenant
    )
      return then(serving.acceptance.get(storeId), (counts) =>
        counts === memo.counts ? answerFor(kept, requestId) : compute(model, settings, fresh),
      )
    return compute(model, settings, fresh)
  }
  const compute = (
    model: ServingModel,
    settings: StoreSettings,
    fresh: FreshSnapshot | undefined,
  ): Maybe<Buffer> => {
    const now = request.at ?? serving.clock()
    const arm = armOf(request, context, settings)
    const inputs: ServeInputs = { settings, arm, now }
    const lines = linesOf(model.model, input.lines)
    if (lines) inputs.lines = lines
    if (fresh) inputs.fresh = fresh
    const who: { customer?: string; session?: string } = {}
    if (request.customer !== undefined) who.customer = request.customer
    if (session !== undefined) who.session = session
    const needShopper =
      !arm.holdout &&
      (who.customer !== undefined || who.session !== undefined) &&
      needsShopperEvents(settings.offers)
    const shopper = needShopper
      ? shopperEvents(serving.events, storeId, settings.offers, who, now)
      : undefined
    const proceed = (
      events: Awaited<ReturnType<typeof shopperEvents>> | undefined,
    ): Maybe<Buffer> =>
      then(serving.acceptance.get(storeId), (counts) => {
        if (events) inputs.shopper = events
        const acceptance = thompsonAcceptance(counts, request.placement, serving.random)
        if (acceptance) inputs.acceptance = acceptance
        const key = input.explain ? undefined : offerCacheKey(request, inputs)
        // The viewed `sku` also joins the request's cart: whether it was sent changes only the
        // paths of the warnings, which the cached answer holds.
        const cacheKey =
          key === undefined
            ? undefined
            : `${storeId}\u0001${model.version}\u0001${sku === undefined ? '' : 's'}\u0001${key}`
        let cached = cacheKey === undefined ? undefined : serving.answers.get(cacheKey)
        if (cached === undefined) {
          const result = serveOffers(model.model, request, context, inputs)
          cached = answerTemplate({
            placement: request.placement,
            currency: tenant.currency,
            modelVersion: model.version,
            offers: offerFragments(model, result.offers),
            extra: answerExtra(result, arm, input.explain === true),
            warnings: unknownSkuWarnings(model, cart, sku),
          })
          if (cacheKey !== undefined) serving.answers.set(cacheKey, cached)
        }
        // Not kept: carts the recent orders speak for (those change without a new object), and
        // requests whose shopper's events were read (the memo would skip reading the next ones).
        if (
          memo &&
          cacheKey !== undefined &&
          inputs.fresh === undefined &&
          !needShopper &&
          serving.answers.enabled
        ) {
          memo.tenant = tenant
          memo.model = model
          memo.settings = settings
          memo.counts = counts
          memo.template = cached
        }
        return answerFor(cached, requestId)
      })
    return shopper ? shopper.then(proceed) : proceed(undefined)
  }
  return then(serving.models.get(storeId), (model) =>
    then(serving.settings.get(storeId), (settings) => answer(model, settings)),
  )
}
