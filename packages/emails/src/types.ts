/**
 * What every email is rendered from: the store, the customer, links and the rendered result.
 * @module
 */

/** The sending store, as its emails show it. */
export interface StoreInfo {
  name: string
  /** The shop's home page (http or https). */
  url: string
  /** ISO 4217 code of the prices. */
  currency: string
  /** BCP 47 locale for prices (default `en`). */
  locale?: string
  /** An image shown instead of the name in the header (http or https). */
  logoUrl?: string
  /** Colour of the buttons (CSS colour; default a dark grey). */
  accentColor?: string
}

/** The addressee. */
export interface EmailCustomer {
  email: string
  name?: string
}

/** One line of an order or a cart; unit price in minor units. */
export interface EmailLine {
  sku: string
  quantity: number
  unitPrice?: number
}

/**
 * Store URL templates. `{sku}`, `{placement}` and `{order}` are replaced by their URL-encoded
 * values, e.g. `https://shop.example/p/{sku}?utm_source=upcross&utm_campaign={placement}`.
 */
export interface LinkTemplates {
  product: string
  /** The shopper's saved cart (abandoned-cart emails). */
  cart?: string
  /** One-click unsubscribe page; also sent as the `List-Unsubscribe` header. */
  unsubscribe?: string
}

/** A rendered email, ready to send. */
export interface RenderedEmail {
  subject: string
  html: string
  /** The plain-text alternative. */
  text: string
  /** Extra headers (List-Unsubscribe when an unsubscribe link is given). */
  headers: Record<string, string>
}
