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
    at = typeof o['at'] === 'string' ? Date.parse(o['at']) : Number.NaN
    if (!Number.isFinite(at)) {
      issues.push({ code: 'invalid_time', path: ['at'], message: '"at" must be an ISO-8601 time' })
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
