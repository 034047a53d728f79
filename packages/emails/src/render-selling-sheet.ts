/**
 * The printable selling sheet: one A4 page per product with its upgrades, add-ons and cross-sells
 * and the reason to mention each — plain HTML with print CSS, so a browser prints it to PDF.
 * @module
 */
import {
  describeReason,
  ENGLISH,
  type MessageCatalog,
  type NameOf,
  type SheetOffer,
  type SheetProduct,
} from 'upcross'
import { formatMoney } from './format-money.js'
import { renderHtml } from './templates.js'

/** How the sheet is titled and priced. */
export interface SellingSheetRenderOptions {
  /** ISO 4217 code of the prices. */
  currency: string
  locale?: string
  /** The heading (default "Selling sheet"); the store's name is a good one. */
  title?: string
  /** The line under the heading, e.g. when and from which model it was made. */
  subtitle?: string
  nameOf?: NameOf
  messages?: MessageCatalog
  templates?: string
}

/** Renders the sheet as one HTML document; every title and reason is HTML-escaped. */
export function renderSellingSheet(
  products: readonly SheetProduct[],
  options: SellingSheetRenderOptions,
): string {
  const titles = new Map<string, string>()
  for (const p of products) {
    titles.set(p.sku, p.title)
    for (const o of [...p.upgrades, ...p.addOns, ...p.crossSells]) titles.set(o.sku, o.title)
  }
  const nameOf = options.nameOf ?? ((sku: string) => titles.get(sku) || sku)
  const money = (minor: number | undefined): string =>
    minor === undefined ? '' : formatMoney(minor, options.currency, options.locale)
  const catalog = options.messages ?? ENGLISH
  const view = (o: SheetOffer, base: number | undefined) => ({
    sku: o.sku,
    name: o.title || o.sku,
    price: money(o.price),
    delta:
      o.price !== undefined && base !== undefined && o.price > base
        ? `+${money(o.price - base)}`
        : '',
    // One reason, the strongest: a line staff can say, not a report.
    say: o.reasons[0] === undefined ? '' : describeReason(o.reasons[0], nameOf, catalog),
  })
  return renderHtml(
    'selling-sheet',
    {
      title: options.title ?? 'Selling sheet',
      subtitle:
        options.subtitle ??
        `${products.length} product${products.length === 1 ? '' : 's'}: what to offer with each, and why`,
      products: products.map((p) => ({
        sku: p.sku,
        name: p.title || p.sku,
        category: p.category,
        price: money(p.price),
        sections: [
          {
            heading: 'Upgrade to',
            empty: 'No upgrade known.',
            offers: p.upgrades.map((o) => view(o, p.price)),
          },
          {
            heading: 'Add-ons to mention',
            empty: 'No add-on declared.',
            offers: p.addOns.map((o) => view(o, undefined)),
          },
          {
            heading: 'Goes with',
            empty: 'Not enough orders yet.',
            offers: p.crossSells.map((o) => view(o, undefined)),
          },
        ],
      })),
    },
    options.templates,
  )
}
