/**
 * The abandoned-cart email: what was left in the cart, a way back to it, and the offer block.
 * @module
 */
import { type MessageCatalog, type NameOf, type ServedOffer, UpcrossError } from 'upcross'
import { compose, storeData, subjectLine } from './compose.js'
import { lineViews } from './lines.js'
import { fillLink, unsubscribeLink } from './links.js'
import { offerViews } from './offer-block.js'
import type { EmailCustomer, EmailLine, LinkTemplates, RenderedEmail, StoreInfo } from './types.js'

const PLACEMENT = 'email_abandoned_cart'

/** Everything an abandoned-cart email is rendered from. */
export interface AbandonedCartInput {
  store: StoreInfo
  customer: EmailCustomer
  /** The cart's lines and its id (for the `{order}` placeholder of the cart link). */
  cart: { id?: string; lines: readonly EmailLine[] }
  /** The offers for `email_abandoned_cart` (from `serveOffers`); the first three are shown. */
  offers: readonly ServedOffer[]
  nameOf: NameOf
  priceOf?: (sku: string) => number | undefined
  /** `cart` is required here: the email's main button leads back to the cart. */
  links: LinkTemplates
  messages?: MessageCatalog
  templates?: string
}

/** Renders the abandoned-cart email: subject, HTML (MJML) and the plain-text alternative. */
export async function renderAbandonedCart(input: AbandonedCartInput): Promise<RenderedEmail> {
  const { store, cart, links } = input
  if (links.cart === undefined)
    throw new UpcrossError('invalid_input', 'abandoned-cart email: links.cart is required')
  if (cart.lines.length === 0)
    throw new UpcrossError('invalid_input', 'abandoned-cart email: the cart is empty')
  const id = cart.id ?? ''
  const data = {
    store: storeData(store),
    subject: subjectLine(`You left something in your cart at ${store.name}`),
    preview: 'Your cart is saved: pick up where you left off.',
    customer: { name: input.customer.name ?? '' },
    cart: {
      lines: lineViews(cart.lines, store, input.nameOf, input.priceOf).views,
      url: fillLink(links.cart, { placement: PLACEMENT, order: id, sku: '' }),
    },
    offers: offerViews(input.offers, {
      store,
      nameOf: input.nameOf,
      priceOf: input.priceOf,
      productLink: links.product,
      placement: PLACEMENT,
      order: id,
      messages: input.messages,
    }),
    offerHeading: 'Customers also added',
    unsubscribe: unsubscribeLink(links, PLACEMENT, id),
  }
  return compose('abandoned-cart', data, input.templates)
}
