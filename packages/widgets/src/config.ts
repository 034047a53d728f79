/**
 * The widgets' shared settings: where the API is, which store, which publishable key, and the
 * words on buttons. Set once per page (script `data-*` attributes or `configure`); an element's own
 * attributes win over them.
 * @module
 */

/** Button and status words; override them for another language. */
export interface Labels {
  add: string
  addToOrder: string
  /** Badge of an upgrade. */
  upgrade: string
  added: string
  addAll: string
  dismiss: string
  noThanks: string
  choose: string
  save: string
  unlocked: string
  /** `{gap}` and `{reward}` are replaced. */
  more: string
  freeShipping: string
  freeGift: string
  /** `{pct}` is replaced. */
  percentOff: string
}

/** Page-wide settings. */
export interface UpcrossConfig {
  /** Base URL of the upcross server; '' means this page's origin. */
  api: string
  store: string
  /** The store's publishable key (read offers, send events; safe to ship to browsers). */
  key: string
  customer?: string
  /** ISO currency for prices when the answer names none. */
  currency?: string
  /** Product page URL with `{sku}`, for links on offer titles. */
  productUrl?: string
  /**
   * The shop's own data for a SKU (title; price in minor units), used where the answer has none,
   * e.g. to show the shop's localised product names.
   */
  lookup?: (sku: string) => { title?: string; price?: number | null } | undefined
  /** Days a dismissed offer stays hidden in this browser. */
  dismissDays: number
  /** An offers request slower than this is given up (no retry). */
  timeoutMs: number
  labels: Labels
}

/** The settings in force. */
export const config: UpcrossConfig = {
  api: '',
  store: '',
  key: '',
  dismissDays: 30,
  timeoutMs: 3000,
  labels: {
    add: 'Add to cart',
    addToOrder: 'Add to my order',
    upgrade: 'Upgrade',
    added: 'Added',
    addAll: 'Add all to cart',
    dismiss: 'Not interested',
    noThanks: 'No thanks',
    choose: 'Choose',
    save: 'save',
    unlocked: 'You have unlocked {reward}',
    more: 'Add {gap} more for {reward}',
    freeShipping: 'free shipping',
    freeGift: 'a free gift',
    percentOff: '{pct}% off',
  },
}

/** The DOM event on `window` after `configure`: widgets ask again with the new settings. */
export const CONFIGURED = 'upcross:configured'

/**
 * Changes the page-wide settings (labels are merged, not replaced); widgets already on the page
 * load again, so a shop may configure after fetching its settings.
 */
export function configure(
  partial: Partial<Omit<UpcrossConfig, 'labels'>> & { labels?: Partial<Labels> },
): void {
  const { labels, ...rest } = partial
  Object.assign(config, rest)
  if (labels) Object.assign(config.labels, labels)
  if (typeof dispatchEvent === 'function') dispatchEvent(new Event(CONFIGURED))
}

/**
 * Reads `data-api`, `data-store`, `data-key`, `data-customer`, `data-currency` and
 * `data-product-url` of the script tag that loaded the widgets; without `data-api`, the API is
 * the script's own origin (the bundle is usually served by the upcross server).
 */
export function configureFromScript(script: HTMLScriptElement | SVGScriptElement | null): void {
  if (!(script instanceof HTMLScriptElement)) return
  const d = script.dataset
  const api = d['api'] ?? (script.src ? new URL(script.src, location.href).origin : undefined)
  const found: Partial<UpcrossConfig> = {}
  if (api !== undefined) found.api = api
  if (d['store']) found.store = d['store']
  if (d['key']) found.key = d['key']
  if (d['customer']) found.customer = d['customer']
  if (d['currency']) found.currency = d['currency']
  if (d['productUrl']) found.productUrl = d['productUrl']
  configure(found)
}
