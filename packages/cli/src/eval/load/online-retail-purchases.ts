/**
 * UCI Online Retail lines as trade-up purchases, with products derived from the lines and a
 * category derived from each product's description.
 * @module
 */
import {
  createOnlineRetailDetailParser,
  formatIssue,
  OnlineRetailProductDeriver,
  UpcrossError,
} from 'upcross'
import type { Purchase } from 'upcross/eval'
import { splitCsvLine } from './csv-fields.js'
import { lines, readText } from './read-file.js'
import { retailCategory } from './retail-category.js'

/** The purchases, each product's derived category, and what was left out. */
export interface OnlineRetailPurchases {
  purchases: Purchase[]
  categories: Map<string, string>
  /** Lines the core parser accepted; of them, guest lines (no CustomerID) are dropped here. */
  acceptedLines: number
  guestLines: number
  /** Excluded lines by reason (`cancellation`, `non_product`, …) and rejected lines. */
  excluded: Record<string, number>
  rejected: number
  /** Derived products, and those whose description names a product noun. */
  products: number
  productsWithCategory: number
}

/**
 * Reads an Online Retail CSV with the core's detail parser (the rules of the order loader:
 * cancellations, non-product codes, quantities and prices ≤ 0 excluded), derives products with
 * `OnlineRetailProductDeriver` (latest description), and gives each the `retailCategory` of its
 * description. Each invoice is a basket.
 */
export function loadOnlineRetailPurchases(path: string): OnlineRetailPurchases {
  const rows = lines(readText(path))
  const made = createOnlineRetailDetailParser(
    { line: 1, fields: splitCsvLine(rows[0] ?? '') },
    path,
  )
  if (!made.ok) {
    const why = made.issues.map(formatIssue).join('; ')
    throw new UpcrossError('invalid_input', `${path}: not the Online Retail layout (${why})`)
  }
  const deriver = new OnlineRetailProductDeriver()
  const purchases: Purchase[] = []
  const excluded: Record<string, number> = {}
  let accepted = 0
  let guests = 0
  let rejected = 0
  rows.slice(1).forEach((text, i) => {
    const outcome = made.value({ line: i + 2, fields: splitCsvLine(text) })
    if (outcome.kind === 'reject') rejected++
    else if (outcome.kind === 'exclude')
      excluded[outcome.issue.code] = (excluded[outcome.issue.code] ?? 0) + 1
    else {
      accepted++
      deriver.add(outcome.row)
      const l = outcome.row.line
      if (l.customerId === '' || l.orderedAt === undefined || l.unitPrice === undefined) guests++
      else
        purchases.push({
          customer: l.customerId,
          basket: l.orderId,
          sku: l.sku,
          at: l.orderedAt,
          unitPrice: l.unitPrice,
        })
    }
  })
  const products = deriver.products()
  const categories = new Map<string, string>()
  for (const p of products) {
    const c = retailCategory(p.title)
    if (c) categories.set(p.sku, c)
  }
  return {
    purchases,
    categories,
    acceptedLines: accepted,
    guestLines: guests,
    excluded,
    rejected,
    products: products.length,
    productsWithCategory: categories.size,
  }
}
