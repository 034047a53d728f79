/**
 * The canonical orders CSV (CONTRACTS.md): `order_id,customer_id,ordered_at,sku,quantity,unit_price`,
 * one row per order line; column order free, extra columns ignored.
 * @module
 */
import { parseMinor } from '../domain/money.js'
import type { OrderLine } from '../domain/order.js'
import type { Result } from '../errors.js'
import { createRecordParser, exclusion, fieldIssue } from './header.js'
import { isZonelessIsoDateTime, parseIsoTimestamp } from './timestamp.js'
import type { OrderLineOutcome, TextRecord } from './types.js'
import { parseInteger } from './values.js'

/** The columns of the canonical orders CSV, in their documented order. */
export const CANONICAL_ORDER_COLUMNS = [
  'order_id',
  'customer_id',
  'ordered_at',
  'sku',
  'quantity',
  'unit_price',
] as const

/** Turns one record of an orders file into an outcome. */
export type OrderRecordParser = (rec: TextRecord) => OrderLineOutcome

/**
 * Reads the header of a canonical orders CSV and returns the parser of its records.
 * Rules: `order_id`, `sku`, `ordered_at`, `quantity` must be present; `customer_id` empty = guest;
 * `unit_price` empty = unknown price, negative = `invalid_price`; quantity < 0 is a return line
 * (excluded, `return_line`), quantity 0 is excluded (`zero_quantity`).
 */
export function createCanonicalOrderParser(
  header: TextRecord,
  file?: string,
): Result<OrderRecordParser> {
  return createRecordParser(
    header,
    { layout: 'canonical orders', required: CANONICAL_ORDER_COLUMNS },
    file,
    ({ rec, columns: c, get, issues }): OrderLineOutcome => {
      const required = (col: (typeof CANONICAL_ORDER_COLUMNS)[number], i: number): string => {
        const v = get(i)
        if (v === '') issues.push(fieldIssue('missing_value', rec, col, file, 'present', v))
        return v
      }
      const orderId = required('order_id', c.order_id)
      const sku = required('sku', c.sku)
      const timeText = required('ordered_at', c.ordered_at)
      const qtyText = required('quantity', c.quantity)

      const orderedAt = timeText === '' ? undefined : parseIsoTimestamp(timeText)
      if (timeText !== '' && orderedAt === undefined) {
        const expected = isZonelessIsoDateTime(timeText)
          ? 'an ISO-8601 time with a zone (a trailing Z or an offset such as +02:00)'
          : 'an ISO-8601 time such as 2024-03-01T10:15:00Z or a date such as 2024-03-01'
        issues.push(fieldIssue('invalid_time', rec, 'ordered_at', file, expected, timeText))
      }
      const quantity = qtyText === '' ? undefined : parseInteger(qtyText)
      if (qtyText !== '' && quantity === undefined) {
        issues.push(
          fieldIssue('invalid_quantity', rec, 'quantity', file, 'a whole number', qtyText),
        )
      }
      const priceText = get(c.unit_price)
      const unitPrice = priceText === '' ? undefined : parseMinor(priceText)
      if (priceText !== '' && (unitPrice === undefined || unitPrice < 0)) {
        const expected = 'a non-negative decimal such as 12.50'
        issues.push(fieldIssue('invalid_price', rec, 'unit_price', file, expected, priceText))
      }
      if (issues.length > 0) return { kind: 'reject', issues }

      const row: OrderLine = {
        orderId,
        customerId: get(c.customer_id),
        orderedAt,
        sku,
        quantity: quantity!,
        unitPrice,
      }
      if (row.quantity < 0) {
        return exclusion('return_line', rec, 'quantity', file, 'a return line, not a sale', qtyText)
      }
      if (row.quantity === 0) {
        return exclusion('zero_quantity', rec, 'quantity', file, 'a line with quantity 0', qtyText)
      }
      return { kind: 'accept', row }
    },
  )
}
