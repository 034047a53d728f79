/**
 * The offers of one email: the same pipeline as the storefront's (the store's model and settings,
 * the customer's holdout and experiment arm, guard rails and learned acceptance), for the
 * `email_order_confirmation` or `email_abandoned_cart` placement, then the email rendered with
 * `@upcross/emails` (titles and prices from the model).
 * @module
 */
import {
  type LinkTemplates,
  MAX_EMAIL_OFFERS,
  type RenderedEmail,
  renderAbandonedCart,
  renderOrderConfirmation,
  type StoreInfo,
} from '@upcross/emails'
import type { Tenant } from '@upcross/engine'
import { type Issue, parseRecommendRequest, type ServedOffer, UpcrossError } from 'upcross'
import { thompsonAcceptance } from '../offers/acceptance.js'
import type { OfferServing } from '../offers/answer-offers.js'
import { offerFragments, unknownSkuWarnings } from '../offers/present-offers.js'
import { armOf, type ServeInputs, serveOffers } from '../offers/serve-offers.js'
import { needsShopperEvents, shopperEvents } from '../offers/shopper-events.js'

/** The emails the API renders, and the placement each one's offers are for. */
export const EMAIL_TEMPLATES = {
  order_confirmation: 'email_order_confirmation',
  abandoned_cart: 'email_abandoned_cart',
} as const

/** One of `EMAIL_TEMPLATES`' names. */
export type EmailTemplate = keyof typeof EMAIL_TEMPLATES

/** The request body of `POST /v1/stores/:storeId/emails/:template`. */
export interface EmailInput {
  to: string
  customer?: string
  name?: string
  order?: { id: string; lines: { sku: string; quantity: number }[] }
  cart?: string[]
  links?: { store?: string; product?: string; cart?: string; unsubscribe?: string }
  send?: boolean
}

/** A rendered email with the offers it shows (as the offers endpoint answers them). */
export interface EmailResult extends RenderedEmail {
  offers: Record<string, unknown>[]
  holdout: boolean
  warnings: Issue[]
}

const bad = (message: string, path: (string | number)[]): UpcrossError =>
  new UpcrossError('invalid_input', message, {
    issues: [{ code: 'invalid_input', path, message }],
  })

/** Computes the offers for the email and renders it. */
export async function renderStoreEmail(
  serving: OfferServing,
  tenant: Tenant,
  requestId: string,
  template: EmailTemplate,
  input: EmailInput,
): Promise<EmailResult> {
  const storeId = tenant.id
  const placement = EMAIL_TEMPLATES[template]
  let lines: { sku: string; quantity: number }[]
  if (template === 'order_confirmation') {
    if (input.order === undefined) throw bad('an order confirmation needs `order`', ['order'])
    lines = input.order.lines
  } else {
    const cart = input.cart ?? input.order?.lines.map((l) => l.sku)
    if (cart === undefined || cart.length === 0)
      throw bad('an abandoned-cart email needs a non-empty `cart`', ['cart'])
    lines = cart.map((sku) => ({ sku, quantity: 1 }))
  }
  const cart = lines.map((l) => l.sku)
  const parsed = parseRecommendRequest({
    id: requestId,
    placement,
    cart,
    customer: input.customer,
    limit: MAX_EMAIL_OFFERS,
  })
  if (!parsed.ok)
    throw new UpcrossError('invalid_input', parsed.issues.map((i) => i.message).join('; '), {
      issues: parsed.issues,
    })
  const request = parsed.value
  const model = await serving.models.get(storeId)
  if (model === undefined)
    throw new UpcrossError(
      'precondition_failed',
      `store "${storeId}" has no trained model yet: POST /v1/stores/${storeId}/train`,
    )
  const settings = await serving.settings.get(storeId)
  const now = serving.clock()
  const context = { storeId, session: undefined }
  const arm = armOf(request, context, settings)
  const inputs: ServeInputs = { settings, arm, now }
  if (!arm.holdout && request.customer !== undefined && needsShopperEvents(settings.offers))
    inputs.shopper = await shopperEvents(
      serving.events,
      storeId,
      settings.offers,
      { customer: request.customer },
      now,
    )
  const acceptance = thompsonAcceptance(
    await serving.acceptance.get(storeId),
    placement,
    serving.random,
  )
  if (acceptance) inputs.acceptance = acceptance
  const offers: ServedOffer[] = serveOffers(model.model, request, context, inputs).offers.slice(
    0,
    MAX_EMAIL_OFFERS,
  )

  const priceOf = (sku: string): number | undefined => {
    const i = model.model.itemIndex.get(sku)
    const price = i === undefined ? Number.NaN : model.model.prices[i]!
    return Number.isFinite(price) ? Math.round(price) : undefined
  }
  const storeUrl = input.links?.store ?? `https://${storeId}/`
  const base = storeUrl.endsWith('/') ? storeUrl : `${storeUrl}/`
  const links: LinkTemplates = {
    product: input.links?.product ?? `${base}products/{sku}`,
    cart: input.links?.cart ?? `${base}cart`,
  }
  if (input.links?.unsubscribe !== undefined) links.unsubscribe = input.links.unsubscribe
  const store: StoreInfo = {
    name: tenant.name || storeId,
    url: storeUrl,
    currency: tenant.currency,
  }
  const customer = { email: input.to, ...(input.name === undefined ? {} : { name: input.name }) }
  const common = { store, customer, offers, nameOf: model.nameOf, priceOf, links }
  const rendered =
    template === 'order_confirmation'
      ? await renderOrderConfirmation({
          ...common,
          order: { id: input.order!.id, lines },
        })
      : await renderAbandonedCart({ ...common, cart: { lines } })
  return {
    ...rendered,
    offers: offerFragments(model, offers).map(
      (fragment, i) =>
        JSON.parse(`{"id":"${requestId}.${i}",${fragment}`) as Record<string, unknown>,
    ),
    holdout: arm.holdout,
    warnings: unknownSkuWarnings(model, cart, undefined),
  }
}
