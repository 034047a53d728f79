/**
 * A publishable key sent as the `key` query parameter of `GET /offers`. With the key in the URL
 * a storefront's request carries no header at all, so a browser sends it cross-origin as a CORS
 * "simple" request: no preflight. An `Authorization` header forces a preflight, and browsers
 * cache a preflight per URL, so a `GET` with a header would pay one for nearly every new product
 * or cart. Only a publishable key may travel in a URL (URLs reach logs, proxies and browser
 * history): it is public by design, since it sits in the shop's pages anyway.
 * @module
 */
import { UpcrossError } from 'upcross'
import { KEY_PREFIX } from './keys.js'

/** The query parameter that may carry a publishable key. */
export const QUERY_KEY = 'key'

/**
 * The request's credential as an `Authorization` header value: the header itself, or the
 * publishable `key` parameter as the header it stands for (so both hash and rate-limit alike).
 * `undefined` when there is neither; an error when the query's key cannot be used.
 */
export function credentialOf(
  header: string | undefined,
  queryKey: unknown,
): string | UpcrossError | undefined {
  if (queryKey === undefined) return header
  if (typeof queryKey !== 'string')
    return new UpcrossError('invalid_input', `"${QUERY_KEY}" must be given once`)
  if (header !== undefined)
    return new UpcrossError(
      'invalid_input',
      `send the key once: in the Authorization header or as "${QUERY_KEY}", not both`,
    )
  if (!queryKey.startsWith(KEY_PREFIX.publishable))
    return new UpcrossError(
      'unauthorized',
      `only a publishable key (${KEY_PREFIX.publishable}…) may be sent as "${QUERY_KEY}": URLs reach logs; send any other key in the header "Authorization: Bearer <key>"`,
    )
  return `Bearer ${queryKey}`
}

const KEY_IN_URL = new RegExp(`([?&]${QUERY_KEY}=)[^&#]*`, 'g')

/** The URL with the value of every `key` parameter masked, for logs. */
export function maskQueryKey(url: string): string {
  return url.includes(`${QUERY_KEY}=`) ? url.replace(KEY_IN_URL, '$1[redacted]') : url
}
