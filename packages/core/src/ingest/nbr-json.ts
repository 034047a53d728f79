/**
 * The next-basket JSON of "A Next Basket Recommendation Reality Check": `{user: [[-1], basket, …,
 * [-1]]}` (history and future files) or `{user: [basket, …]}` (merged files), baskets being
 * arrays of item ids. The `[-1]` sentinels are dropped. The layout has no times, so basket `k` of
 * a user (0-based) is dated 2000-01-01T00:00Z + k days: this keeps the basket order for temporal
 * splits, and the dates mean nothing else.
 * @module
 */
import type { Issue, Result } from '../errors.js'
import { DAY_MS } from './timestamp.js'
import type { OrderLineOutcome } from './types.js'

/** The synthetic date of basket 0: 2000-01-01T00:00:00Z. */
export const NBR_EPOCH = Date.UTC(2000, 0, 1)

/** Options of `parseNbrJson`. */
export interface NbrJsonOptions {
  /** File name for issue sources. */
  file?: string
  /**
   * Per-user basket counters: basket `k` of a user gets index `counters.get(user) + k`, and the
   * map is advanced as baskets are read. Pass the same map to the history file, then to the
   * future file, and the future baskets are dated after the history.
   */
  counters?: Map<string, number>
}

function isSentinel(basket: unknown): boolean {
  return Array.isArray(basket) && basket.length === 1 && basket[0] === -1
}

/**
 * Checks that a decoded JSON value is an object of users, and returns the order-line outcomes
 * of its baskets (lazily, user by user): order id `<user>-<k>`, customer = user, sku = item id as
 * text, quantity 1 (an item repeated in a basket is kept once), no price. A user whose value is
 * not an array, or a basket that is not an array of item ids, is a `reject`.
 */
export function parseNbrJson(
  value: unknown,
  options: NbrJsonOptions = {},
): Result<Iterable<OrderLineOutcome>> {
  const { file } = options
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const found = Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value
    return {
      ok: false,
      issues: [
        {
          code: 'invalid_layout',
          path: [],
          message: `a next-basket JSON file is an object {user: [basket, …]}; found ${found}`,
          ...(file === undefined ? {} : { source: { file } }),
        },
      ],
    }
  }
  const counters = options.counters ?? new Map<string, number>()
  const users = value as Record<string, unknown>
  return { ok: true, value: outcomes(users, counters, file) }
}

function* outcomes(
  users: Record<string, unknown>,
  counters: Map<string, number>,
  file: string | undefined,
): Generator<OrderLineOutcome> {
  for (const user of Object.keys(users)) {
    const baskets = users[user]
    if (!Array.isArray(baskets)) {
      yield reject(
        file,
        user,
        [user],
        `the baskets of user ${user} must be an array; found ${JSON.stringify(baskets)}`,
      )
      continue
    }
    let k = counters.get(user) ?? 0
    for (let b = 0; b < baskets.length; b++) {
      const basket: unknown = baskets[b]
      if (isSentinel(basket)) continue
      const index = k++
      const items = Array.isArray(basket) ? basket : undefined
      const bad = items === undefined ? basket : items.find((x) => !isItem(x))
      if (items === undefined || bad !== undefined || items.length === 0) {
        const what =
          items === undefined
            ? 'is not an array'
            : items.length === 0
              ? 'is empty'
              : `holds ${JSON.stringify(bad)}`
        yield reject(
          file,
          user,
          [user, b],
          `basket ${b} of user ${user} ${what}; a basket is an array of item ids`,
        )
        continue
      }
      const orderId = `${user}-${index}`
      const orderedAt = NBR_EPOCH + index * DAY_MS
      for (const sku of new Set(items.map(String))) {
        yield {
          kind: 'accept',
          row: { orderId, customerId: user, orderedAt, sku, quantity: 1, unitPrice: undefined },
        }
      }
    }
    counters.set(user, k)
  }
}

function isItem(x: unknown): boolean {
  return (
    (typeof x === 'number' && Number.isInteger(x) && x >= 0) ||
    (typeof x === 'string' && x.trim() !== '')
  )
}

function reject(
  file: string | undefined,
  user: string,
  path: (string | number)[],
  message: string,
): OrderLineOutcome {
  const issue: Issue = { code: 'invalid_basket', path, message, source: { recordId: user } }
  if (file !== undefined) issue.source = { file, recordId: user }
  return { kind: 'reject', issues: [issue] }
}
