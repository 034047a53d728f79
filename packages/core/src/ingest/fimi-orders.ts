/**
 * FIMI `.dat` baskets as order lines: order id `L<line>`, one line per distinct item id
 * (quantity 1), guest customer, no time, no price.
 * @module
 */
import { createFimiParser, type FimiParser } from './fimi.js'
import type { OrderLineOutcome } from './types.js'

/** Options of `createFimiOrderParser`. */
export interface FimiOrderParserOptions {
  /** Receives every outcome in file order. */
  onOutcome: (outcome: OrderLineOutcome) => void
  /** File name for issue sources. */
  file?: string
}

/**
 * Creates a push parser turning FIMI bytes into order-line outcomes. An item repeated within a
 * line is kept once (a FIMI basket is a set); a malformed line is one `reject` (`invalid_item`).
 */
export function createFimiOrderParser(options: FimiOrderParserOptions): FimiParser {
  const { onOutcome, file } = options
  const seen = new Set<number>()
  return createFimiParser({
    ...(file === undefined ? {} : { file }),
    onIssue: (issue) => onOutcome({ kind: 'reject', issues: [issue] }),
    onBasket: (items, length, line) => {
      seen.clear()
      const orderId = `L${line}`
      for (let i = 0; i < length; i++) {
        const id = items[i]!
        if (seen.has(id)) continue
        seen.add(id)
        onOutcome({
          kind: 'accept',
          row: {
            orderId,
            customerId: '',
            orderedAt: undefined,
            sku: String(id),
            quantity: 1,
            unitPrice: undefined,
          },
        })
      }
    },
  })
}
