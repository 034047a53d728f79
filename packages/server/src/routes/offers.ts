/**
 * `POST` and `GET /v1/stores/:storeId/offers`: the storefront's hot path. Everything it needs is
 * in memory (the key, the store, the deserialised model, answers already computed); the store is
 * only asked, in the background, whether a newer model exists. The `GET` form takes the same
 * fields as a query string; it skips reading a request body, the dearest step left.
 * @module
 */
import type { FastifyReply } from 'fastify'
import { Type } from 'typebox'
import { UpcrossError } from 'upcross'
import { storefrontPreflight } from '../auth/cors.js'
import { answerOffers } from '../offers/answer-offers.js'
import { offerServing } from '../offers/offer-serving.js'
import {
  fromQuery,
  OffersAnswer,
  OffersBody,
  type OffersInput,
  OffersQuery,
  type OffersQueryValue,
} from '../offers/schemas.js'
import { BODY_ERRORS, errorResponses, STORE_ERRORS, StoreParams } from '../schemas/common.js'
import type { App, Services } from '../services.js'

const DESCRIPTION =
  'Every served offer has its own id (quote it in events), its reasons as data and as English sentences. Cart SKUs the model does not know yet are reported in `warnings`, not as errors. A store without a trained model answers 412.'

/**
 * `POST /v1/stores/:storeId/offers` and `GET /v1/stores/:storeId/offers`. Most `GET`s never get
 * here: the express lane (`lane/offers-lane.ts`) answers them first; this route answers every
 * other case, errors included.
 */
export function offerRoutes(app: App, services: Services): void {
  const serving = offerServing(services)
  storefrontPreflight(app as never, ['/v1/stores/:storeId/offers', '/v1/stores/:storeId/events'])
  // Offer ids are unique per answer: a cache in between must never hand one answer to two shoppers.
  const send = (reply: FastifyReply, json: Buffer) =>
    reply.header('cache-control', 'no-store').type('application/json; charset=utf-8').send(json)

  app.post(
    '/v1/stores/:storeId/offers',
    {
      config: { access: 'store' },
      schema: {
        tags: ['offers'],
        summary: 'Offers for a placement (publishable or secret key)',
        description: DESCRIPTION,
        params: StoreParams,
        body: OffersBody,
        response: {
          200: OffersAnswer,
          ...errorResponses(...BODY_ERRORS, 412),
          503: Type.Ref('ErrorBody'),
        },
      },
    },
    (request, reply) => {
      const p = request.principal
      if ((request.body as OffersInput).explain && !(p?.kind === 'key' && p.key.kind === 'secret'))
        throw new UpcrossError(
          'forbidden',
          '"explain" needs the secret key: it shows the store\'s rules and guard rails',
        )
      const json = answerOffers(serving, request.tenant!, request.id, request.body as OffersInput)
      return json instanceof Promise ? json.then((j) => send(reply, j)) : send(reply, json)
    },
  )

  app.get(
    '/v1/stores/:storeId/offers',
    {
      config: { access: 'store', queryKey: true },
      schema: {
        tags: ['offers'],
        summary: 'Offers for a placement, request as a query string (publishable or secret key)',
        description: `The same request and answer as \`POST\`, e.g. \`?placement=cart&cart=A,B&limit=3\`. A storefront may send its publishable key as \`key\` instead of the \`Authorization\` header: without a header, a browser asks cross-origin without a CORS preflight. ${DESCRIPTION}`,
        params: StoreParams,
        querystring: OffersQuery,
        response: {
          200: OffersAnswer,
          ...errorResponses(...STORE_ERRORS, 412),
          503: Type.Ref('ErrorBody'),
        },
      },
    },
    (request, reply) => {
      const input = fromQuery(request.query as OffersQueryValue)
      const json = answerOffers(serving, request.tenant!, request.id, input)
      return json instanceof Promise ? json.then((j) => send(reply, j)) : send(reply, json)
    },
  )
}
