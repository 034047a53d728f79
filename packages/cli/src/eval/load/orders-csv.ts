/**
 * Order-line CSV files (canonical orders or UCI Online Retail) through the core's layout parsers.
 * @module
 */
import {
  type BasketSet,
  BasketSetBuilder,
  createCanonicalOrderParser,
  createOnlineRetailParser,
  formatIssue,
  groupConsecutiveLines,
  type OrderLine,
  type OrderRecordParser,
  UpcrossError,
} from 'upcross'
import { splitCsvLine } from './csv-fields.js'
import { lines, readText } from './read-file.js'

/** What the loader kept and left out. */
export interface OrdersCsvLoad {
  /** `Online Retail` or `canonical orders`, as told by the header. */
  layout: string
  baskets: BasketSet
  acceptedLines: number
  /** Excluded lines by reason (`cancellation`, `non_product`, `return_line`, …). */
  excluded: Record<string, number>
  rejected: number
}

/**
 * Loads an orders CSV whose header is the Online Retail layout or the canonical one: the core
 * parser drops cancellations, returns, non-product codes and quantities ≤ 0; each order id is one
 * basket with its time, customer and mean unit prices (minor units). A header of neither layout throws `invalid_input`.
 */
export function loadOrdersCsv(path: string): OrdersCsvLoad {
  const rows = lines(readText(path))
  const header = { line: 1, fields: splitCsvLine(rows[0] ?? '') }
  const retail = createOnlineRetailParser(header, path)
  const canonical = retail.ok ? retail : createCanonicalOrderParser(header, path)
  if (!canonical.ok) {
    const why = canonical.issues.map(formatIssue).join('; ')
    throw new UpcrossError(
      'invalid_input',
      `${path}: neither the canonical orders nor the Online Retail layout (${why})`,
    )
  }
  const parse: OrderRecordParser = canonical.value
  const accepted: OrderLine[] = []
  const excluded: Record<string, number> = {}
  let rejected = 0
  rows.slice(1).forEach((text, i) => {
    const outcome = parse({ line: i + 2, fields: splitCsvLine(text) })
    if (outcome.kind === 'accept') accepted.push(outcome.row)
    else if (outcome.kind === 'exclude')
      excluded[outcome.issue.code] = (excluded[outcome.issue.code] ?? 0) + 1
    else rejected++
  })
  const builder = new BasketSetBuilder()
  for (const order of groupConsecutiveLines(accepted)) builder.addOrder(order)
  return {
    layout: retail.ok ? 'Online Retail' : 'canonical orders',
    baskets: builder.build(),
    acceptedLines: accepted.length,
    excluded,
    rejected,
  }
}
