/**
 * What every offer widget shares: reading its settings, asking the server for offers when the
 * product or the cart changes, leaving out dismissed offers, and telling the server (events) and
 * the shop (DOM events) what the shopper did.
 * @module
 */
import {
  type CSSResultGroup,
  LitElement,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit'
import { CART_CHANGED, cartLines, cartSkus } from './cart.js'
import { CONFIGURED, config } from './config.js'
import { dismissedSkus, rememberDismissal } from './dismissals.js'
import { money } from './format.js'
import { fetchOffers } from './offers-request.js'
import { sessionId } from './session.js'
import { baseStyles } from './styles.js'
import { track } from './tracker.js'
import type { EventKind, Offer, OffersAnswer, OffersQuery, Placement } from './types.js'

/** The DOM event asking the shop to add SKUs to its own cart. */
export const ADD_TO_CART = 'upcross:add-to-cart'

/** Detail of `upcross:add-to-cart`. */
export interface AddToCartDetail {
  skus: string[]
  sku: string
  offerId: string
  placement: Placement
}

const QUERY_KEYS = ['store', 'key', 'api', 'sku', 'cart', 'customer', 'limit'] as const

/** The base class of the offer widgets. */
export abstract class OfferElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles
  static override properties: PropertyDeclarations = {
    store: {},
    key: {},
    api: {},
    sku: {},
    cart: { converter: { fromAttribute: cartSkus } },
    customer: {},
    limit: { type: Number },
    heading: {},
    dismissDays: { type: Number, attribute: 'dismiss-days' },
    productUrl: { attribute: 'product-url' },
    answer: { state: true },
    done: { state: true },
  }

  /** Store id (default: the page's configuration). */
  declare store: string | undefined
  /** Publishable key (default: the page's configuration). */
  declare key: string | undefined
  /** Server base URL (default: the page's configuration). */
  declare api: string | undefined
  /** The product being viewed (product page widgets). */
  declare sku: string | undefined
  /** The cart: SKUs or `{sku, quantity}` lines; also set by `upcross:cart-changed`. */
  declare cart: unknown
  declare customer: string | undefined
  declare limit: number | undefined
  declare heading: string | undefined
  declare dismissDays: number | undefined
  declare productUrl: string | undefined
  /** The last answer, dismissals not yet removed. */
  declare answer: OffersAnswer | undefined
  /** Offer ids accepted or dismissed in this page view. */
  declare done: ReadonlyMap<string, 'accept' | 'dismiss'>

  /** Where this widget shows offers. */
  protected abstract readonly placement: Placement
  /** Heading when the `heading` attribute gives none. */
  protected abstract readonly defaultHeading: string
  /** Whether the widget follows `upcross:cart-changed`. */
  protected readonly followsCart: boolean = false
  protected readonly defaultLimit: number = 3

  private lastQuery = ''
  private inFlight: AbortController | undefined
  private readonly seen = new Set<string>()
  private visible = false
  private observer: IntersectionObserver | undefined

  constructor() {
    super()
    this.done = new Map()
  }

  override connectedCallback(): void {
    super.connectedCallback()
    if (this.followsCart) addEventListener(CART_CHANGED, this.onCartChanged)
    addEventListener(CONFIGURED, this.onConfigured)
    // Impressions count only what the shopper could see: half the widget in the viewport.
    this.observer = new IntersectionObserver(
      (entries) => {
        this.visible = entries.some((e) => e.isIntersecting)
        this.recordImpressions()
      },
      { threshold: 0.5 },
    )
    this.observer.observe(this)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    removeEventListener(CART_CHANGED, this.onCartChanged)
    removeEventListener(CONFIGURED, this.onConfigured)
    this.observer?.disconnect()
    this.inFlight?.abort()
  }

  private readonly onCartChanged = (event: Event): void => {
    const detail = (event as CustomEvent<{ cart?: unknown }>).detail
    this.cart = detail?.cart ?? []
  }

  private readonly onConfigured = (): void => {
    this.lastQuery = ''
    void this.load()
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (QUERY_KEYS.some((k) => changed.has(k)) || !this.hasUpdated) void this.load()
  }

  protected override updated(): void {
    this.recordImpressions()
  }

  /** The cart's SKUs. */
  protected get cartSkus(): string[] {
    return cartSkus(this.cart)
  }

  /** The request, or undefined while the widget lacks what it needs (e.g. an empty cart). */
  protected query(): OffersQuery | undefined {
    // Ask for a few more than shown: offers dismissed in this browser are left out here.
    const spare = Math.min(dismissedSkus().size, 10)
    const q: OffersQuery = { placement: this.placement, limit: this.shownLimit + spare }
    const lines = cartLines(this.cart)
    const cart = this.cartSkus
    if (lines && lines.length > 0) q.lines = lines
    else if (cart.length > 0) q.cart = cart
    if (this.sku) q.sku = this.sku
    const customer = this.customer ?? config.customer
    if (customer) q.customer = customer
    q.session = sessionId()
    return q
  }

  /** Asks for offers when the request changed; a newer request aborts an older one. */
  async load(): Promise<void> {
    if (this.store) config.store = this.store
    if (this.key) config.key = this.key
    if (this.api !== undefined) config.api = this.api
    const q = this.query()
    const text = JSON.stringify(q ?? null)
    if (text === this.lastQuery) return
    this.lastQuery = text
    this.inFlight?.abort()
    if (q === undefined) {
      this.answer = undefined
      return
    }
    const controller = new AbortController()
    this.inFlight = controller
    try {
      const answer = await fetchOffers(q, { signal: controller.signal })
      if (controller.signal.aborted) return
      this.answer = answer
      this.emit('upcross:offers', { placement: this.placement, offers: this.offers.length })
    } catch {
      // No offers is the safe answer: the shop's page works exactly as without the widget.
      if (!controller.signal.aborted) this.answer = undefined
    }
  }

  /** How many offers the widget shows at most. */
  protected get shownLimit(): number {
    return this.limit ?? this.defaultLimit
  }

  /** The offers to show: the answer's, less those dismissed in this browser. */
  protected get offers(): Offer[] {
    const hidden = dismissedSkus()
    return (this.answer?.offers ?? [])
      .filter((o) => !hidden.has(o.sku) && this.done.get(o.id) !== 'dismiss')
      .slice(0, this.shownLimit)
  }

  /** Sends an impression, once per offer, for each offer the shopper can see now. */
  protected recordImpressions(): void {
    for (const o of this.onScreen())
      if (!this.seen.has(o.id)) {
        this.seen.add(o.id)
        this.send('impression', o)
      }
  }

  /** The offers on screen: all shown ones once half the widget is in view (overridden). */
  protected onScreen(): Offer[] {
    return this.visible ? this.offers : []
  }

  /** Sends one event about `offer`. */
  protected send(kind: EventKind, offer: Offer): void {
    track({ kind, offerId: offer.id, sku: offer.sku, placement: this.placement })
  }

  /** The shopper takes the offer: event to the server, `upcross:add-to-cart` to the shop. */
  accept(offer: Offer, skus: string[] = [offer.sku]): void {
    this.send('accept', offer)
    this.done = new Map(this.done).set(offer.id, 'accept')
    const detail: AddToCartDetail = {
      skus,
      sku: offer.sku,
      offerId: offer.id,
      placement: this.placement,
    }
    this.emit(ADD_TO_CART, detail)
  }

  /** The shopper does not want it: hidden here for N days, and the server is told. */
  dismiss(offer: Offer): void {
    this.send('dismiss', offer)
    rememberDismissal(offer.sku, this.dismissDays ?? config.dismissDays)
    this.done = new Map(this.done).set(offer.id, 'dismiss')
    this.emit('upcross:dismiss', { sku: offer.sku, offerId: offer.id, placement: this.placement })
    // Keyboard users would otherwise lose their place when the focused card disappears.
    void this.updateComplete.then(() => {
      const root = this.renderRoot
      ;(root.querySelector<HTMLElement>('.add') ?? root.querySelector<HTMLElement>('h2'))?.focus()
    })
  }

  /** The shopper opened the offered product. */
  protected clicked(offer: Offer): void {
    this.send('click', offer)
  }

  /** Fires a DOM event that crosses the Shadow DOM boundary. */
  protected emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }))
  }

  /** The SKU's title as the answer gives it, else as the shop's lookup does, else the SKU. */
  protected titleOf(offer: Offer | string): string {
    if (typeof offer !== 'string' && offer.title) return offer.title
    const sku = typeof offer === 'string' ? offer : offer.sku
    return this.answer?.titles?.[sku] ?? config.lookup?.(sku)?.title ?? sku
  }

  /** The offer's price in minor units: the answer's, else the shop's lookup. */
  protected priceOf(offer: Offer): number | undefined {
    return offer.price ?? config.lookup?.(offer.sku)?.price ?? undefined
  }

  /** The product page link of a SKU, when the shop gave a URL template. */
  protected urlOf(sku: string): string | undefined {
    const template = this.productUrl ?? config.productUrl
    return template?.replace('{sku}', encodeURIComponent(sku))
  }

  /** Minor units in the answer's currency and the page's language. */
  protected money(minor: number): string {
    const currency =
      this.answer?.currency ?? this.answer?.thresholds?.rule_set?.currency ?? config.currency
    const lang = this.closest('[lang]')?.getAttribute('lang') ?? undefined
    return money(minor, currency, lang)
  }
}
