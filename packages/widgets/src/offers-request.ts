/**
 * How a widget asks for offers: as a `GET` with the publishable key in the query whenever the
 * query form can say the request, so a shop's page makes one round trip (no CORS preflight) and
 * the server answers from its express lane; as a `POST` otherwise.
 * @module
 */
import { get, post, type RequestOptions, storeUrl } from './client.js'
import { config } from './config.js'
import type { OffersAnswer, OffersQuery } from './types.js'

/** The publishable key's prefix: only such a key may travel in a URL. */
const PUBLISHABLE = 'upx_pk_'
/** Longer URLs (a very large cart) go as a body: servers and proxies cap a request line. */
const MAX_URL = 4000

/** Asks the server for the offers of `q`. */
export function fetchOffers(q: OffersQuery, options: RequestOptions = {}): Promise<OffersAnswer> {
  const search = offersSearch(q)
  return search === undefined
    ? post<OffersAnswer>('offers', q, options)
    : get<OffersAnswer>('offers', search, options)
}

/**
 * `q` as the query string of `GET /offers`, the publishable key last, or `undefined` when it
 * must be a `POST`: a key that is not publishable, a lone SKU with a comma (a single `cart` or
 * `lines` value is split at commas), or a URL too long.
 */
export function offersSearch(q: OffersQuery): URLSearchParams | undefined {
  if (!config.key.startsWith(PUBLISHABLE)) return undefined
  const cart = q.cart ?? []
  const lines = q.lines ?? []
  const loneWithComma = (skus: string[]) => skus.length === 1 && skus[0]!.includes(',')
  if (loneWithComma(cart) || loneWithComma(lines.map((l) => l.sku))) return undefined
  const search = new URLSearchParams({ placement: q.placement })
  // Repeated parameters, so that SKUs with commas stay whole.
  for (const sku of cart) search.append('cart', sku)
  for (const line of lines) search.append('lines', `${line.sku}:${line.quantity}`)
  if (q.sku !== undefined) search.set('sku', q.sku)
  if (q.customer !== undefined) search.set('customer', q.customer)
  if (q.session !== undefined) search.set('session', q.session)
  if (q.limit !== undefined) search.set('limit', String(q.limit))
  search.set('key', config.key)
  return storeUrl('offers', `?${search}`).length > MAX_URL ? undefined : search
}
