/**
 * The UCI Online Retail layout:
 * `InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country`.
 * `InvoiceDate` is `M/D/YYYY H:MM` in UK local time with no zone; it is read as UTC.
 * @module
 */
import { parseMinor } from '../domain/money.js'
import type { OrderLine } from '../domain/order.js'
import type { Result } from '../errors.js'
import { createRecordParser, exclusion, fieldIssue } from './header.js'
import { parseUsDateTime } from './timestamp.js'
import type { OrderLineOutcome, RecordOutcome, TextRecord } from './types.js'
import { normalizeNumericId, parseInteger } from './values.js'

/** The columns of the Online Retail layout. */
export const ONLINE_RETAIL_COLUMNS = [
  'InvoiceNo',
  'StockCode',
  'Description',
  'Quantity',
  'InvoiceDate',
  'UnitPrice',
  'CustomerID',
  'Country',
] as const

/** StockCodes of the table that are fees, postage or adjustments, not products. */
export const ONLINE_RETAIL_NON_PRODUCT_CODES: ReadonlySet<string> = new Set([
  'POST',
  'DOT',
  'M',
  'C2',
  'D',
  'S',
  'B',
  'BANK CHARGES',
  'AMAZONFEE',
  'CRUK',
  'PADS',
])

/**
 * Tells whether a StockCode names a product: 5 digits with an optional letter suffix
 * (`85123A`, `15056BL`) or a `DCGS…` dot-com product. Everything else (the fee codes above,
 * gift vouchers `gift_0001_20`, `m`) is not a product.
 */
export function isOnlineRetailProductCode(code: string): boolean {
  if (ONLINE_RETAIL_NON_PRODUCT_CODES.has(code.toUpperCase())) return false
  return /^\d{5}[A-Za-z]{0,3}$/.test(code) || /^DCGS[A-Z0-9]+$/i.test(code)
}

/** One accepted Online Retail line with the text a product can be derived from. */
export interface OnlineRetailLine {
  line: OrderLine
  description: string
  country: string
}

/**
 * Reads an Online Retail header and returns the parser of its records. Order of the rules:
 * malformed fields → `reject`; then `exclude` with `cancellation` (InvoiceNo starting `C`),
 * `non_product` (see `isOnlineRetailProductCode`), `negative_quantity`, `zero_quantity`,
 * `zero_price`, `negative_price`. CustomerID `12583.0` becomes `12583`; empty = guest.
 */
export function createOnlineRetailParser(
  header: TextRecord,
  file?: string,
): Result<(rec: TextRecord) => OrderLineOutcome> {
  const detailed = createOnlineRetailDetailParser(header, file)
  if (!detailed.ok) return detailed
  const parse = detailed.value
  return {
    ok: true,
    value: (rec) => {
      const r = parse(rec)
      return r.kind === 'accept' ? { kind: 'accept', row: r.row.line } : r
    },
  }
}

/** Like `createOnlineRetailParser`, but accepted rows keep Description and Country. */
export function createOnlineRetailDetailParser(
  header: TextRecord,
  file?: string,
): Result<(rec: TextRecord) => RecordOutcome<OnlineRetailLine>> {
  return createRecordParser(
    header,
    { layout: 'Online Retail', required: ONLINE_RETAIL_COLUMNS },
    file,
    ({ rec, columns: c, get, issues }): RecordOutcome<OnlineRetailLine> => {
      const invoice = get(c.InvoiceNo)
      const code = get(c.StockCode)
      const qtyText = get(c.Quantity)
      const dateText = get(c.InvoiceDate)
      const priceText = get(c.UnitPrice)
      if (invoice === '')
        issues.push(fieldIssue('missing_value', rec, 'InvoiceNo', file, 'present', invoice))
      if (code === '')
        issues.push(fieldIssue('missing_value', rec, 'StockCode', file, 'present', code))
      const quantity = parseInteger(qtyText)
      if (quantity === undefined) {
        issues.push(
          fieldIssue('invalid_quantity', rec, 'Quantity', file, 'a whole number', qtyText),
        )
      }
      const orderedAt = parseUsDateTime(dateText)
      if (orderedAt === undefined) {
        const expected = 'a date-time M/D/YYYY H:MM such as 12/1/2010 8:45'
        issues.push(fieldIssue('invalid_time', rec, 'InvoiceDate', file, expected, dateText))
      }
      const unitPrice = parseMinor(priceText)
      if (unitPrice === undefined) {
        issues.push(
          fieldIssue('invalid_price', rec, 'UnitPrice', file, 'a decimal such as 2.55', priceText),
        )
      }
      if (issues.length > 0) return { kind: 'reject', issues }

      if (/^C/i.test(invoice)) {
        return exclusion('cancellation', rec, 'InvoiceNo', file, 'a cancelled invoice', invoice)
      }
      if (!isOnlineRetailProductCode(code)) {
        return exclusion(
          'non_product',
          rec,
          'StockCode',
          file,
          'not a product (fee, postage, adjustment)',
          code,
        )
      }
      if (quantity! < 0) {
        return exclusion(
          'negative_quantity',
          rec,
          'Quantity',
          file,
          'a negative quantity outside a cancellation',
          qtyText,
        )
      }
      if (quantity === 0)
        return exclusion('zero_quantity', rec, 'Quantity', file, 'quantity 0', qtyText)
      if (unitPrice === 0)
        return exclusion('zero_price', rec, 'UnitPrice', file, 'a free line (price 0)', priceText)
      if (unitPrice! < 0)
        return exclusion('negative_price', rec, 'UnitPrice', file, 'a negative price', priceText)
      const line: OrderLine = {
        orderId: invoice,
        customerId: normalizeNumericId(get(c.CustomerID)),
        orderedAt,
        sku: code,
        quantity: quantity!,
        unitPrice,
      }
      return {
        kind: 'accept',
        row: { line, description: get(c.Description), country: get(c.Country) },
      }
    },
  )
}
