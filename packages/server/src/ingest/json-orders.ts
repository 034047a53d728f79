/**
 * Orders as JSON: the schema of one order and its validation line by line with the canonical
 * orders parser, so the API accepts exactly what `orders.csv` accepts. An order with a malformed
 * line is rejected whole (a partial order would distort what sells with what); return lines and
 * zero quantities are left out with their reason, as in files.
 * @module
 */

import { Type } from 'typebox'
import {
  CANONICAL_ORDER_COLUMNS,
  createCanonicalOrderParser,
  type Issue,
  type Order,
} from 'upcross'
import { asText, relocateIssue } from './record-issues.js'

/** One order line. */
const LineInput = Type.Object(
  {
    sku: Type.String({ minLength: 1, maxLength: 200 }),
    quantity: Type.Integer({ description: 'units; negative = a return line (left out)' }),
    unitPrice: Type.Optional(
      Type.Union([Type.Number(), Type.String(), Type.Null()], {
        description: 'price of one unit, a decimal in the store currency; null when unknown',
      }),
    ),
  },
  { additionalProperties: false },
)

/** One order with its lines. */
export const OrderInput = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 200 }),
    customer: Type.Optional(
      Type.Union([Type.String({ maxLength: 200 }), Type.Null()], {
        description: 'the customer id; empty or null for a guest',
      }),
    ),
    orderedAt: Type.String({
      description: 'ISO-8601 with Z or an offset (2024-03-01T10:15:00Z), or a date (2024-03-01)',
    }),
    lines: Type.Array(LineInput, { minItems: 1, maxItems: 10_000 }),
  },
  { additionalProperties: false },
)

/** An order as the request holds it. */
export interface OrderInputValue {
  id: string
  customer?: string | null
  orderedAt: string
  lines: { sku: string; quantity: number; unitPrice?: number | string | null }[]
}

/** What one JSON order became: the order to store (when any line is left), and its issues. */
export interface OrderVerdict {
  order: Order | undefined
  rejected: Issue[]
  excluded: Issue[]
}

const FIELDS: Record<string, readonly string[]> = {
  order_id: ['id'],
  customer_id: ['customer'],
  ordered_at: ['orderedAt'],
}

const parser = (() => {
  const made = createCanonicalOrderParser({ line: 0, fields: CANONICAL_ORDER_COLUMNS })
  if (!made.ok) throw new Error('the canonical order header is its own columns')
  return made.value
})()

/** Judges one JSON order; issues point at `[...prefix, field]` or `[...prefix, 'lines', j, field]`. */
export function orderVerdict(
  input: OrderInputValue,
  prefix: readonly (string | number)[],
): OrderVerdict {
  const order: Order = { id: input.id, customerId: '', orderedAt: undefined, lines: [] }
  const rejected: Issue[] = []
  const excluded: Issue[] = []
  const where = `order "${input.id}"`
  input.lines.forEach((line, j) => {
    const outcome = parser({
      line: j + 1,
      fields: [
        input.id,
        input.customer ?? '',
        input.orderedAt,
        line.sku,
        String(line.quantity),
        asText(line.unitPrice),
      ],
    })
    const linePrefix = [...prefix, 'lines', j]
    const fields = { ...FIELDS, sku: ['sku'], quantity: ['quantity'], unit_price: ['unitPrice'] }
    const relocate = (issue: Issue): Issue => {
      const orderLevel = FIELDS[String(issue.path[1])] !== undefined
      return relocateIssue(
        issue,
        orderLevel ? prefix : linePrefix,
        fields,
        orderLevel ? where : `${where} line ${j}`,
      )
    }
    if (outcome.kind === 'accept') {
      order.customerId = outcome.row.customerId
      order.orderedAt = outcome.row.orderedAt
      order.lines.push({
        sku: outcome.row.sku,
        quantity: outcome.row.quantity,
        unitPrice: outcome.row.unitPrice,
      })
    } else if (outcome.kind === 'exclude') excluded.push(relocate(outcome.issue))
    else for (const issue of outcome.issues) rejected.push(relocate(issue))
  })
  // An order-level problem (its time, say) is the same on every line: report it once.
  const unique = uniqueIssues(rejected)
  const keep = unique.length === 0 && order.lines.length > 0
  return { order: keep ? order : undefined, rejected: unique, excluded }
}

function uniqueIssues(issues: Issue[]): Issue[] {
  const seen = new Set<string>()
  return issues.filter((i) => {
    const key = `${i.code}\u0000${i.path.join('\u0000')}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
