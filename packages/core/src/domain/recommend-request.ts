/**
 * The recommend request of the CLI and library contract (docs/contracts.md).
 * @module
 */
import { fail, type Issue, ok, type Result } from '../errors.js'
import { isPlacement, PLACEMENTS, type Placement } from './placement.js'

/** One request for offers. */
export interface RecommendRequest {
  id: string
  cart: string[]
  customer?: string
  placement: Placement
  limit: number
  /** Epoch milliseconds of the request; nothing after it may be used. */
  at?: number
}

/** The limit used when a request names none. */
export const DEFAULT_LIMIT = 10
/** The largest limit a request may ask for. */
export const MAX_LIMIT = 1000

const KNOWN_KEYS = new Set(['id', 'cart', 'customer', 'placement', 'limit', 'at', 'sku'])

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?))?$/
const ZONELESS = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?$/

/**
 * Epoch ms of an ISO-8601 `at`: a date-time with `Z` or an offset, or a plain date (00:00 UTC),
 * the rules of the canonical order files. A date-time without a zone is ambiguous (its instant
 * would depend on the server's time zone), and so are impossible dates: both are `undefined`.
 */
function parseRequestTime(text: string): number | undefined {
  const m = ISO_TIME.exec(text.trim())
  if (!m) return undefined
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac, zone] = m
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000)
  const local = Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s), ms)
  const check = new Date(local)
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined
  let offset = 0
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const digits = zone.slice(1).replace(':', '')
    const hours = Number(digits.slice(0, 2))
    const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0
    if (hours > 23 || minutes > 59) return undefined
    offset = (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000
  }
  return local - offset
}

/**
 * Validates one decoded JSON request. `sku` is accepted as a one-item cart (product page).
 * Unknown keys are reported, so a typo such as `carts` does not silently give popular items.
 */
export function parseRecommendRequest(input: unknown): Result<RecommendRequest> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail({ code: 'invalid_type', path: [], message: 'a request must be a JSON object' })
  }
  const o = input as Record<string, unknown>
  const issues: Issue[] = []
  for (const key of Object.keys(o)) {
    if (!KNOWN_KEYS.has(key))
      issues.push({ code: 'unknown_key', path: [key], message: `unknown key "${key}"` })
  }
  const id = o['id']
  if (typeof id !== 'string' && typeof id !== 'number') {
    issues.push({ code: 'invalid_type', path: ['id'], message: '"id" must be a string' })
  }
  const cart: string[] = []
  const rawCart = o['cart']
  if (rawCart !== undefined && !Array.isArray(rawCart)) {
    issues.push({
      code: 'invalid_type',
      path: ['cart'],
      message: '"cart" must be an array of SKUs',
    })
  } else if (Array.isArray(rawCart)) {
    rawCart.forEach((sku, i) => {
      if (typeof sku === 'string' && sku !== '') cart.push(sku)
      else if (typeof sku === 'number') cart.push(String(sku))
      else
        issues.push({
          code: 'invalid_type',
          path: ['cart', i],
          message: `cart[${i}] must be a non-empty SKU string`,
        })
    })
  }
  const sku = o['sku']
  if (sku !== undefined) {
    if (typeof sku === 'string' && sku !== '') {
      if (!cart.includes(sku)) cart.unshift(sku)
    } else
      issues.push({
        code: 'invalid_type',
        path: ['sku'],
        message: '"sku" must be a non-empty string',
      })
  }
  const customer = o['customer']
  if (
    customer !== undefined &&
    customer !== null &&
    typeof customer !== 'string' &&
    typeof customer !== 'number'
  ) {
    issues.push({
      code: 'invalid_type',
      path: ['customer'],
      message: '"customer" must be a string',
    })
  }
  const placement = o['placement'] ?? 'cart'
  if (!isPlacement(placement)) {
    issues.push({
      code: 'invalid_placement',
      path: ['placement'],
      message: `"placement" must be one of ${PLACEMENTS.join(', ')}`,
    })
  }
  const limit = o['limit'] ?? DEFAULT_LIMIT
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    issues.push({
      code: 'invalid_limit',
      path: ['limit'],
      message: `"limit" must be an integer from 1 to ${MAX_LIMIT}`,
    })
  }
  let at: number | undefined
  if (o['at'] !== undefined && o['at'] !== null) {
    const text = typeof o['at'] === 'string' ? o['at'] : ''
    at = parseRequestTime(text)
    if (at === undefined) {
      issues.push({
        code: 'invalid_time',
        path: ['at'],
        message: ZONELESS.test(text.trim())
          ? `"at" must be an ISO-8601 time with a zone (a trailing Z or an offset such as +02:00); found "${text}"`
          : `"at" must be an ISO-8601 time such as 2024-03-01T10:15:00Z; found ${JSON.stringify(o['at'])}`,
      })
    }
  }
  if (issues.length > 0) return { ok: false, issues }
  const request: RecommendRequest = {
    id: String(id),
    cart: [...new Set(cart)],
    placement: placement as Placement,
    limit: limit as number,
  }
  if (customer !== undefined && customer !== null && customer !== '')
    request.customer = String(customer)
  if (at !== undefined) request.at = at
  return ok(request)
}
