/**
 * The order-confirmation email: the order, then the offer block (warranty, service plan, what
 * goes with it).
 * @module
 */
import type { MessageCatalog, NameOf, ServedOffer } from 'upcross'
import { compose, storeData, subjectLine } from './compose.js'
import { formatMoney } from './format-money.js'
import { lineViews } from './lines.js'
import { unsubscribeLink } from './links.js'
import { offerViews } from './offer-block.js'
import type { EmailCustomer, EmailLine, LinkTemplates, RenderedEmail, StoreInfo } from './types.js'

const PLACEMENT = 'email_order_confirmation'

/** The placed order; `total` (minor units) defaults to the sum of the lines. */
export interface EmailOrder {
  id: string
  lines: readonly EmailLine[]
  total?: number
}

/** Everything an order confirmation is rendered from. */
export interface OrderConfirmationInput {
  store: StoreInfo
  customer: EmailCustomer
  order: EmailOrder
  /** The offers for `email_order_confirmation` (from `serveOffers`); the first three are shown. */
  offers: readonly ServedOffer[]
  nameOf: NameOf
  /** Unit prices (minor units) where a line or an offer carries none. */
  priceOf?: (sku: string) => number | undefined
  links: LinkTemplates
  /** Reason sentences in another language (default English). */
  messages?: MessageCatalog
  /** A directory of edited templates (default the package's own). */
  templates?: string
}

/** Renders the order confirmation: subject, HTML (MJML) and the plain-text alternative. */
export async function renderOrderConfirmation(
  input: OrderConfirmationInput,
): Promise<RenderedEmail> {
  const { store, order } = input
  const lines = lineViews(order.lines, store, input.nameOf, input.priceOf)
  const total = order.total ?? lines.sum
  const subject = subjectLine(`Your order ${order.id} at ${store.name} is confirmed`)
  const data = {
    store: storeData(store),
    subject,
    preview: `Thank you for your order ${order.id}.`,
    customer: { name: input.customer.name ?? '' },
    order: {
      id: order.id,
      lines: lines.views,
      total: total === undefined ? '' : formatMoney(total, store.currency, store.locale),
    },
    offers: offerViews(input.offers, {
      store,
      nameOf: input.nameOf,
      priceOf: input.priceOf,
      productLink: input.links.product,
      placement: PLACEMENT,
      order: order.id,
      messages: input.messages,
    }),
    offerHeading: 'Goes well with your order',
    unsubscribe: unsubscribeLink(input.links, PLACEMENT, order.id),
  }
  return compose('order-confirmation', data, input.templates)
}
