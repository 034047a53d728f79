/**
 * What every file layout parser produces: accepted rows, rows excluded by design, and rejected rows.
 * @module
 */

import type { OrderLine } from '../domain/order.js'
import type { Product } from '../domain/product.js'
import type { Issue } from '../errors.js'

/** One record as a tokenizer delivers it: the 1-based line where it starts and its fields. */
export interface TextRecord {
  line: number
  fields: readonly string[]
}

/**
 * What a layout parser makes of one record:
 * - `accept`: a valid row;
 * - `exclude`: a well-formed row the layout says is not a sale of a product (a cancellation,
 *   postage, a bank charge); reported with its reason, not an error;
 * - `reject`: a malformed row; reported with file, line, column and reason.
 */
export type RecordOutcome<T> =
  | { kind: 'accept'; row: T }
  | { kind: 'exclude'; issue: Issue }
  | { kind: 'reject'; issues: Issue[] }

/** The outcome of one order-file record. */
export type OrderLineOutcome = RecordOutcome<OrderLine>
/** The outcome of one product-file record. */
export type ProductOutcome = RecordOutcome<Product>

/** The file layouts `upcross import orders --format` understands. */
export const ORDER_FORMATS = [
  'canonical',
  'online-retail',
  'fimi',
  'groceries-basket',
  'nbr-json',
  'instacart',
] as const

/** One order-file layout. */
export type OrderFormat = (typeof ORDER_FORMATS)[number]
