/**
 * The selling sheet for staff (seeds 003, 004): per product, its top upgrades, add-ons and
 * cross-sells, each with the reason to mention it — the product page's offers, grouped.
 * @module
 */
import type { Reason } from '../domain/reason.js'
import { UpcrossError } from '../errors.js'
import type { Model } from '../model/model.js'
import type { ServedOffer } from '../ranking/pipeline/context.js'
import { serveOffers } from '../ranking/pipeline/serve-offers.js'
import { defaultOfferSettings, type OfferSettings } from '../ranking/pipeline/settings.js'

/** What the sheet covers and how long its lists are. */
export interface SellingSheetOptions {
  /** The products, in this order; default the `top` best sellers. */
  skus?: readonly string[]
  /** Products when `skus` is not given (default 50). */
  top?: number
  /** Most entries per section (default 3). */
  perSection?: number
  /** The store's offer settings (rules, stock and margin guards); default the defaults. */
  settings?: OfferSettings
}

/** One offer on the sheet: what to mention, its price and the evidence for it. */
export interface SheetOffer {
  sku: string
  title: string
  /** Unit price in minor units, when known. */
  price: number | undefined
  /** The reasons to mention it, strongest first (popularity alone never makes the sheet). */
  reasons: Reason[]
}

/** One product's page of the sheet. */
export interface SheetProduct {
  sku: string
  title: string
  category: string
  price: number | undefined
  /** Better versions: declared tiers and variants, learned trade-ups. */
  upgrades: SheetOffer[]
  /** Declared add-ons: warranty, service plan, add-on, accessory, consumable. */
  addOns: SheetOffer[]
  /** What else goes with it, from the orders. */
  crossSells: SheetOffer[]
}

/**
 * Builds the sheet through the product page's pipeline (so the store's rules and guard rails
 * apply): each offer goes to `upgrades` when it has an upgrade reason, `addOns` when it has an
 * add-on reason, `crossSells` when it has co-purchase evidence; offers shown only for being
 * popular are left out, as they give staff nothing to say. Unknown SKUs are `not_found`.
 */
export function sellingSheet(model: Model, options: SellingSheetOptions = {}): SheetProduct[] {
  const per = options.perSection ?? 3
  const settings = options.settings ?? defaultOfferSettings()
  const skus =
    options.skus ?? [...model.popular.slice(0, options.top ?? 50)].map((i) => model.skus[i]!)
  const unknown = skus.filter((s) => !model.itemIndex.has(s))
  if (unknown.length > 0)
    throw new UpcrossError('not_found', `not products of the model: ${unknown.join(', ')}`, {
      details: { unknown },
    })
  return skus.map((sku) => {
    const i = model.itemIndex.get(sku)!
    const request = {
      id: `sheet:${sku}`,
      cart: [sku],
      placement: 'product' as const,
      limit: 3 * per + 10,
    }
    const offers = serveOffers(model, request, settings).offers
    const section = (codes: readonly Reason['code'][]): SheetOffer[] =>
      offers
        .filter((o) => codes.includes(evidenceOf(o)))
        .slice(0, per)
        .map((o) => sheetOffer(model, o))
    return {
      sku,
      title: model.titles[i] ?? '',
      category: model.categories[i] ?? '',
      price: priceOf(model, i),
      upgrades: section(['upgrade']),
      addOns: section(['addon']),
      crossSells: section(['bought_together', 'bundle']),
    }
  })
}

/**
 * The code of the offer's first evidence reason, which decides its section (merchant-rule and
 * limited-time notes may come before it); `popular` when it has none.
 */
function evidenceOf(o: ServedOffer): Reason['code'] {
  return o.reasons.find((r) => EVIDENCE.has(r.code))?.code ?? 'popular'
}

const EVIDENCE = new Set<Reason['code']>(['upgrade', 'addon', 'bought_together', 'bundle'])

function sheetOffer(model: Model, o: ServedOffer): SheetOffer {
  const i = model.itemIndex.get(o.sku)
  return {
    sku: o.sku,
    title: i === undefined ? '' : (model.titles[i] ?? ''),
    price: o.price ?? (i === undefined ? undefined : priceOf(model, i)),
    reasons: o.reasons.filter((r) => r.code !== 'popular'),
  }
}

function priceOf(model: Model, i: number): number | undefined {
  const p = model.prices[i]!
  return Number.isNaN(p) ? undefined : Math.round(p)
}
