/**
 * The offer block every email shares: per offer its name, price, the reason sentence and a link.
 * @module
 */
import {
  describeReason,
  ENGLISH,
  type MessageCatalog,
  type NameOf,
  type Reason,
  type ServedOffer,
} from 'upcross'
import { formatMoney } from './format-money.js'
import { fillLink } from './links.js'
import type { StoreInfo } from './types.js'

/** One offer as a template shows it (all plain text; templates escape it). */
export interface OfferView {
  sku: string
  name: string
  /** The price to pay (after any discount), formatted; absent when unknown. */
  price?: string
  /** The price before the discount, when there is one. */
  was?: string
  /** Why it is offered, as one sentence. */
  reason: string
  url: string
}

/** What the offer block needs besides the offers. */
export interface OfferBlockOptions {
  store: StoreInfo
  nameOf: NameOf
  /** Unit price in minor units where an offer carries none. */
  priceOf?: (sku: string) => number | undefined
  /** The product link template (see `LinkTemplates.product`). */
  productLink: string
  placement: string
  order?: string
  messages?: MessageCatalog
  /** Most offers shown (default 3: the rule of three). */
  max?: number
}

/** Offers in the email: at most three by default (seed 003's rule of three). */
export const MAX_EMAIL_OFFERS = 3

/**
 * Builds the views of the first `max` offers. The reason is the offer's first evidence — a rule's
 * or a fallback's note says nothing to a shopper, so those are passed over when others exist.
 */
export function offerViews(offers: readonly ServedOffer[], o: OfferBlockOptions): OfferView[] {
  const locale = o.store.locale ?? 'en'
  return offers.slice(0, o.max ?? MAX_EMAIL_OFFERS).map((offer) => {
    const unit = offer.price ?? o.priceOf?.(offer.sku)
    const pay = unit === undefined ? undefined : unit - (offer.discount ?? 0)
    const view: OfferView = {
      sku: offer.sku,
      name: o.nameOf(offer.sku),
      reason: reasonSentence(offer.reasons, o.nameOf, o.messages ?? ENGLISH),
      url: fillLink(o.productLink, {
        sku: offer.sku,
        placement: o.placement,
        order: o.order ?? '',
      }),
    }
    if (pay !== undefined) view.price = formatMoney(pay, o.store.currency, locale)
    if (unit !== undefined && pay !== undefined && pay < unit)
      view.was = formatMoney(unit, o.store.currency, locale)
    return view
  })
}

const NOTES = new Set<Reason['code']>(['merchant_rule', 'objective_fallback'])

function reasonSentence(
  reasons: readonly Reason[],
  nameOf: NameOf,
  catalog: MessageCatalog,
): string {
  const first = reasons.find((r) => !NOTES.has(r.code)) ?? reasons[0]
  return first === undefined ? '' : describeReason(first, nameOf, catalog)
}
