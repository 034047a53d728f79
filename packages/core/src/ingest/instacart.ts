/**
 * The Instacart 2017 layout: `orders.csv` (order_id,user_id,eval_set,order_number,order_dow,
 * order_hour_of_day,days_since_prior_order) plus `order_products__{prior,train}.csv`
 * (order_id,product_id,add_to_cart_order,reordered). The layout has no dates: each user's orders
 * are dated 2017-01-01T00:00Z + the cumulative days_since_prior_order (in order_number order) +
 * order_hour_of_day hours, moved forward when needed so a user's orders stay strictly in order.
 * @module
 */
import type { OrderLine } from '../domain/order.js'
import type { Result } from '../errors.js'
import { createRecordParser, fieldIssue, source } from './header.js'
import { DAY_MS, HOUR_MS } from './timestamp.js'
import type { OrderLineOutcome, TextRecord } from './types.js'
import { parseInteger } from './values.js'

/** The synthetic start of every user's order history: 2017-01-01T00:00:00Z. */
export const INSTACART_EPOCH = Date.UTC(2017, 0, 1)

const ORDER_COLUMNS = [
  'order_id',
  'user_id',
  'order_number',
  'order_hour_of_day',
  'days_since_prior_order',
] as const
const LINE_COLUMNS = ['order_id', 'product_id'] as const

/** Where and when one Instacart order happened, once the orders file is read. */
export interface InstacartOrder {
  customerId: string
  orderedAt: number
}

/** Collects `orders.csv` records, then dates every order (see the module note). */
export interface InstacartOrderIndexBuilder {
  /** Adds one record; returns a `reject` outcome when it is malformed, else `undefined`. */
  add(rec: TextRecord): OrderLineOutcome | undefined
  /** Dates the orders and returns them by order id. */
  build(): ReadonlyMap<string, InstacartOrder>
}

interface Pending {
  id: string
  number: number
  days: number
  hour: number
}

/** Reads the header of `orders.csv` and returns a builder of the order index. */
export function createInstacartOrderIndex(
  header: TextRecord,
  file?: string,
): Result<InstacartOrderIndexBuilder> {
  const byUser = new Map<string, Pending[]>()
  const ids = new Set<string>()
  const add = createRecordParser(
    header,
    { layout: 'Instacart orders', required: ORDER_COLUMNS },
    file,
    ({ rec, columns: c, get, issues }): OrderLineOutcome | undefined => {
      const id = get(c.order_id)
      const user = get(c.user_id)
      if (id === '') issues.push(fieldIssue('missing_value', rec, 'order_id', file, 'present', id))
      else if (ids.has(id))
        issues.push(fieldIssue('duplicate_order', rec, 'order_id', file, 'unique', id))
      if (user === '')
        issues.push(fieldIssue('missing_value', rec, 'user_id', file, 'present', user))
      const number = parseInteger(get(c.order_number))
      if (number === undefined || number < 1) {
        issues.push(
          fieldIssue(
            'invalid_value',
            rec,
            'order_number',
            file,
            'a whole number ≥ 1',
            get(c.order_number),
          ),
        )
      }
      const hour = parseInteger(get(c.order_hour_of_day))
      if (hour === undefined || hour < 0 || hour > 23) {
        issues.push(
          fieldIssue(
            'invalid_time',
            rec,
            'order_hour_of_day',
            file,
            'an hour 0–23',
            get(c.order_hour_of_day),
          ),
        )
      }
      const daysText = get(c.days_since_prior_order)
      const days = daysText === '' ? 0 : Number(daysText)
      if (!Number.isFinite(days) || days < 0 || !/^[\d.]+$/.test(daysText || '0')) {
        issues.push(
          fieldIssue(
            'invalid_time',
            rec,
            'days_since_prior_order',
            file,
            'a number of days ≥ 0 or empty',
            daysText,
          ),
        )
      }
      if (issues.length > 0) return { kind: 'reject', issues }
      ids.add(id)
      const list = byUser.get(user) ?? []
      if (list.length === 0) byUser.set(user, list)
      list.push({ id, number: number!, days, hour: hour! })
      return undefined
    },
  )
  if (!add.ok) return add
  return {
    ok: true,
    value: {
      add: add.value,
      build() {
        const index = new Map<string, InstacartOrder>()
        for (const [customerId, orders] of byUser) {
          orders.sort((a, b) => a.number - b.number)
          let day = 0
          let last = Number.NEGATIVE_INFINITY
          for (const [i, o] of orders.entries()) {
            if (i > 0) day += o.days
            const at = Math.max(
              INSTACART_EPOCH + Math.round(day * DAY_MS) + o.hour * HOUR_MS,
              last + 60_000,
            )
            index.set(o.id, { customerId, orderedAt: at })
            last = at
          }
        }
        return index
      },
    },
  }
}

/**
 * Reads the header of an `order_products__*.csv` file and returns the parser of its records:
 * order id and customer from the index, sku = product_id, quantity 1, no price. An order id
 * missing from `orders.csv` is a `reject` with `unknown_order`.
 */
export function createInstacartOrderProductParser(
  header: TextRecord,
  orders: ReadonlyMap<string, InstacartOrder>,
  file?: string,
): Result<(rec: TextRecord) => OrderLineOutcome> {
  return createRecordParser(
    header,
    { layout: 'Instacart order_products', required: LINE_COLUMNS },
    file,
    ({ rec, columns: c, get, issues }): OrderLineOutcome => {
      const orderId = get(c.order_id)
      const sku = get(c.product_id)
      if (sku === '')
        issues.push(fieldIssue('missing_value', rec, 'product_id', file, 'present', sku))
      const order = orders.get(orderId)
      if (!order) {
        issues.push({
          code: 'unknown_order',
          path: [rec.line, 'order_id'],
          message: `order_id ${JSON.stringify(orderId)} is not in orders.csv, so its customer and time are unknown`,
          source: { ...source(file, rec.line, 'order_id'), recordId: orderId },
          input: orderId,
        })
      }
      if (issues.length > 0) return { kind: 'reject', issues }
      const row: OrderLine = {
        orderId,
        customerId: order!.customerId,
        orderedAt: order!.orderedAt,
        sku,
        quantity: 1,
        unitPrice: undefined,
      }
      return { kind: 'accept', row }
    },
  )
}
