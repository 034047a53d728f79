/**
 * The arules Groceries `.basket` layout: one basket per line, item names separated by commas.
 * Order id `L<line>`, quantity 1, guest customer, no time, no price.
 * @module
 */
import { source } from './header.js'
import type { OrderLineOutcome, TextRecord } from './types.js'

/**
 * Turns one basket line (already split at commas) into outcomes: one `accept` per distinct item
 * name (names trimmed), or a single `reject` with `empty_item` when any item is empty
 * (`a,,b`, a trailing comma). A line whose only field is blank yields nothing.
 */
export function parseGroceriesBasket(rec: TextRecord, file?: string): OrderLineOutcome[] {
  const names = rec.fields.map((f) => f.trim())
  if (names.length === 1 && names[0] === '') return []
  const empty = names.indexOf('')
  if (empty >= 0) {
    return [
      {
        kind: 'reject',
        issues: [
          {
            code: 'empty_item',
            path: [rec.line, empty + 1],
            message: `item ${empty + 1} of the basket is empty; a basket line lists item names separated by single commas`,
            source: source(file, rec.line, String(empty + 1)),
            input: rec.fields.join(','),
          },
        ],
      },
    ]
  }
  const orderId = `L${rec.line}`
  return [...new Set(names)].map((sku) => ({
    kind: 'accept',
    row: { orderId, customerId: '', orderedAt: undefined, sku, quantity: 1, unitPrice: undefined },
  }))
}
