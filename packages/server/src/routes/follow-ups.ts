/**
 * `POST /v1/stores/:storeId/follow-ups`: the follow-ups of one purchase (a service plan or
 * warranty some days after a durable, a refill before a consumable runs out), stored as queued
 * `follow_up` jobs; `POST …/follow-ups/send-due` sends the ones that are due (a cron calls it).
 * @module
 */
import { Type } from 'typebox'
import { UpcrossError } from 'upcross'
import { type FollowUpInput, scheduleFollowUps, sendDueFollowUps } from '../emails/follow-ups.js'
import { smtpOptionsOf } from '../emails/smtp-url.js'
import { BODY_ERRORS, errorResponses, STORE_ERRORS, StoreIdSchema } from '../schemas/common.js'
import type { App, Services } from '../services.js'

const StoreParams = Type.Object({ storeId: StoreIdSchema })

const FollowUpBody = Type.Object(
  {
    to: Type.String({ format: 'email', maxLength: 320, description: "the customer's address" }),
    customer: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'the customer id: their own purchase history sets the refill clock',
      }),
    ),
    order: Type.Object(
      {
        id: Type.String({ minLength: 1, maxLength: 200 }),
        at: Type.Optional(
          Type.String({
            minLength: 1,
            maxLength: 40,
            description: 'when the order was placed (ISO 8601; default now)',
          }),
        ),
        lines: Type.Array(
          Type.Object(
            {
              sku: Type.String({ minLength: 1, maxLength: 200 }),
              quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
            },
            { additionalProperties: false },
          ),
          { minItems: 1, maxItems: 1000 },
        ),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
)

const ScheduledSchema = Type.Object({
  id: Type.String({ description: 'the follow-up job (GET /v1/stores/{storeId}/jobs/{jobId})' }),
  kind: Type.Enum(['service_plan', 'warranty', 'refill']),
  sku: Type.String({ description: 'the item offered' }),
  anchor: Type.String({ description: 'the purchased item the message is about' }),
  sendAt: Type.String({ description: 'when it is due (ISO 8601)' }),
  afterDays: Type.Integer({ description: 'whole days after the purchase' }),
  basis: Type.Enum(['own_interval', 'declared', 'store_interval', 'default', 'settings']),
  text: Type.String({ description: 'the reason sentence of the offer' }),
})

/** `POST /follow-ups`, `POST /follow-ups/send-due`. */
export function followUpRoutes(app: App, services: Services): void {
  const deps = { store: services.store, models: services.models, clock: services.clock }
  app.post(
    '/v1/stores/:storeId/follow-ups',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['emails'],
        summary: 'Schedule the follow-up emails of a purchase (secret key)',
        description:
          'Computes the follow-ups of the order with the store’s model (a declared service plan or warranty some days after a durable, a refill before a consumable runs out) and stores each as a queued `follow_up` job; `POST …/follow-ups/send-due` sends them when due. 412 before the first training.',
        params: StoreParams,
        body: FollowUpBody,
        response: {
          201: Type.Object({ followUps: Type.Array(ScheduledSchema) }),
          ...errorResponses(...BODY_ERRORS, 412),
        },
      },
    },
    async (request, reply) => {
      const followUps = await scheduleFollowUps(
        deps,
        request.params.storeId,
        request.body as FollowUpInput,
      )
      return reply.code(201).send({ followUps })
    },
  )

  app.post(
    '/v1/stores/:storeId/follow-ups/send-due',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['emails'],
        summary: 'Send the follow-ups that are due (secret key)',
        description:
          'Sends every queued follow-up whose `sendAt` has passed through the deployment’s SMTP server (412 when none is configured) and marks its job `succeeded` (or `failed` with the error); a sent follow-up is never sent again. Call it from a cron job, e.g. every 15 minutes.',
        params: StoreParams,
        response: {
          200: Type.Object({
            sent: Type.Integer({ description: 'follow-ups sent now' }),
            failed: Type.Integer({ description: 'follow-ups whose sending failed (job `failed`)' }),
          }),
          ...errorResponses(...STORE_ERRORS, 412),
        },
      },
    },
    async (request) => {
      const smtp = services.config.smtp
      if (smtp === undefined)
        throw new UpcrossError(
          'precondition_failed',
          'no SMTP server is configured (UPCROSS_SMTP_URL and UPCROSS_SMTP_FROM)',
        )
      const options = smtpOptionsOf(smtp.url)
      if (typeof options === 'string') throw new UpcrossError('internal', 'invalid SMTP URL')
      return sendDueFollowUps(deps, request.tenant!, { options, from: smtp.from })
    },
  )
}
