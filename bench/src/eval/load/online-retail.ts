/**
 * UCI Online Retail CSV slices through the core's layout parser.
 * @module
 */
import {
  type BasketSet,
  BasketSetBuilder,
  createOnlineRetailParser,
  groupConsecutiveLines,
  type OrderLine,
} from 'upcross'
import { splitCsvLine } from './csv-fields.js'
import { lines, readText } from './read-file.js'

/** What the loader kept and left out. */
export interface OnlineRetailLoad {
  baskets: BasketSet
  acceptedLines: number
  /** Excluded lines by reason (`cancellation`, `non_product`, `negative_quantity`, …). */
  excluded: Record<string, number>
  rejected: number
}

/**
 * Loads an Online Retail CSV: the core parser drops cancellations, non-product StockCodes and
 * lines with quantity ≤ 0 (and price ≤ 0); each invoice is one basket with its time, customer
 * and mean unit prices (minor units).
 */
export function loadOnlineRetail(path: string): OnlineRetailLoad {
  const rows = lines(readText(path))
  const parser = createOnlineRetailParser({ line: 1, fields: splitCsvLine(rows[0]!) }, path)
  if (!parser.ok) throw new Error(`${path}: not the Online Retail layout`)
  const accepted: OrderLine[] = []
  const excluded: Record<string, number> = {}
  let rejected = 0
  rows.slice(1).forEach((text, i) => {
    const outcome = parser.value({ line: i + 2, fields: splitCsvLine(text) })
    if (outcome.kind === 'accept') accepted.push(outcome.row)
    else if (outcome.kind === 'exclude')
      excluded[outcome.issue.code] = (excluded[outcome.issue.code] ?? 0) + 1
    else rejected++
  })
  const builder = new BasketSetBuilder()
  for (const order of groupConsecutiveLines(accepted)) builder.addOrder(order)
  return { baskets: builder.build(), acceptedLines: accepted.length, excluded, rejected }
}
