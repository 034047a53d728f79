/**
 * `POST /v1/stores/:storeId/emails/:template`: an order confirmation or abandoned-cart email for
 * one customer, with the offers of the store's pipeline, rendered and (with `send: true`) sent
 * through the deployment's SMTP server.
 * @module
 */
import { sendEmail } from '@upcross/emails'
import { Type } from 'typebox'
import { UpcrossError } from 'upcross'
import {
  EMAIL_TEMPLATES,
  type EmailInput,
  type EmailTemplate,
  renderStoreEmail,
} from '../emails/email-offers.js'
import { smtpOptionsOf } from '../emails/smtp-url.js'
import { IssueSchema } from '../errors/error-body.js'
import { offerServing } from '../offers/offer-serving.js'
import { OfferSchema } from '../offers/schemas.js'
import { BODY_ERRORS, errorResponses, StoreIdSchema } from '../schemas/common.js'
import type { App, Services } from '../services.js'

const Sku = Type.String({ minLength: 1, maxLength: 200 })
const Link = Type.String({ minLength: 1, maxLength: 2000 })

const EmailParams = Type.Object({
  storeId: StoreIdSchema,
  template: Type.Enum(Object.keys(EMAIL_TEMPLATES) as EmailTemplate[], {
    description: 'which email: order_confirmation or abandoned_cart',
  }),
})

const EmailBody = Type.Object(
  {
    to: Type.String({ format: 'email', maxLength: 320, description: "the customer's address" }),
    customer: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'the customer id: personal offers, holdout and experiment assignment',
      }),
    ),
    name: Type.Optional(Type.String({ maxLength: 200, description: 'how to greet the customer' })),
    order: Type.Optional(
      Type.Object(
        {
          id: Type.String({ minLength: 1, maxLength: 200 }),
          lines: Type.Array(
            Type.Object(
              { sku: Sku, quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }) },
              { additionalProperties: false },
            ),
            { minItems: 1, maxItems: 1000 },
          ),
        },
        {
          additionalProperties: false,
          description: 'the placed order (order_confirmation); prices come from the catalog',
        },
      ),
    ),
    cart: Type.Optional(
      Type.Array(Sku, {
        minItems: 1,
        maxItems: 1000,
        description: 'the abandoned cart’s SKUs (abandoned_cart)',
      }),
    ),
    links: Type.Optional(
      Type.Object(
        {
          store: Type.Optional(Link),
          product: Type.Optional(Link),
          cart: Type.Optional(Link),
          unsubscribe: Type.Optional(Link),
        },
        {
          additionalProperties: false,
          description:
            'the shop’s URL (default `https://<storeId>/`) and link templates with `{sku}`, `{placement}`, `{order}` (default `<store>products/{sku}` and `<store>cart`)',
        },
      ),
    ),
    send: Type.Optional(
      Type.Boolean({
        description: 'also send it through the configured SMTP server (default false: render only)',
      }),
    ),
  },
  { additionalProperties: false },
)

const EmailAnswer = Type.Object({
  subject: Type.String(),
  html: Type.String(),
  text: Type.String({ description: 'the plain-text alternative' }),
  offers: Type.Array(OfferSchema, {
    description: 'the offers in the email (at most three; none for a held-out customer)',
  }),
  holdout: Type.Boolean({ description: 'the customer is in the holdout: no offer block' }),
  sent: Type.Boolean(),
  messageId: Type.Optional(Type.String({ description: 'the SMTP message id, when sent' })),
  warnings: Type.Array(IssueSchema),
})

/** `POST /v1/stores/:storeId/emails/:template`. */
export function emailRoutes(app: App, services: Services): void {
  const serving = offerServing(services)
  app.post(
    '/v1/stores/:storeId/emails/:template',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['emails'],
        summary: 'Render (and send) an order confirmation or abandoned-cart email (secret key)',
        description:
          'The offers come from the store’s pipeline for the `email_order_confirmation` or `email_abandoned_cart` placement (a held-out customer gets none); titles and prices from the model. With `send: true` the email goes out through the deployment’s SMTP server (412 when none is configured).',
        params: EmailParams,
        body: EmailBody,
        response: {
          200: EmailAnswer,
          ...errorResponses(...BODY_ERRORS, 412),
          503: Type.Ref('ErrorBody'),
        },
      },
    },
    async (request) => {
      const { template } = request.params as { template: EmailTemplate }
      const input = request.body as EmailInput
      const smtp = services.config.smtp
      if (input.send === true && smtp === undefined)
        throw new UpcrossError(
          'precondition_failed',
          'no SMTP server is configured (UPCROSS_SMTP_URL and UPCROSS_SMTP_FROM): send with `send: false` to render only',
        )
      const email = await renderStoreEmail(serving, request.tenant!, request.id, template, input)
      const { offers, holdout, warnings, subject, html, text, headers } = email
      const answer = { subject, html, text, offers, holdout, warnings, sent: false }
      if (input.send !== true || smtp === undefined) return answer
      const options = smtpOptionsOf(smtp.url)
      if (typeof options === 'string') throw new UpcrossError('internal', 'invalid SMTP URL')
      const sent = await sendEmail(options, {
        from: smtp.from,
        to: input.to,
        subject,
        html,
        text,
        headers,
      }).catch((error: unknown) => {
        // A refused SMTP login is the deployment's problem, not the caller's key: never a 401.
        if (error instanceof UpcrossError && error.code === 'unauthorized')
          throw new UpcrossError('unavailable', error.message, { cause: error })
        throw error
      })
      return { ...answer, sent: true, messageId: sent.messageId }
    },
  )
}
