/**
 * Schemas shared by the routes: the store path parameter, times, and the error answers.
 * @module
 */
import { Type } from 'typebox'

/** A store id: 1–64 letters, digits, `_`, `-` or `.`, starting with a letter or digit. */
export const StoreIdSchema = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$',
  description: 'the store (tenant) id',
  examples: ['demo'],
})

/** Path parameters of every `/v1/stores/:storeId/…` route. */
export const StoreParams = Type.Object({ storeId: StoreIdSchema })

/** An ISO-8601 instant as the API writes it (UTC, milliseconds). */
export const IsoTime = Type.String({
  description: 'ISO-8601 time in UTC',
  examples: ['2024-03-01T10:15:00.000Z'],
})

/** ISO-8601 of epoch milliseconds. */
export function isoOf(ms: number): string {
  return new Date(ms).toISOString()
}

const ErrorRef = Type.Ref('ErrorBody')

const ERROR_TEXT: Record<number, string> = {
  400: 'invalid input: the issues name what is wrong and where',
  401: 'missing, unknown or revoked API key',
  403: 'the key may not do this (another store, or a publishable key on an admin route)',
  404: 'no such store or resource',
  409: 'conflict with the current state',
  412: 'a precondition does not hold (If-Match, or no trained model yet)',
  413: 'the body is larger than the configured limit',
  415: 'the body is not JSON',
  429: 'rate limit of the key exceeded',
}

/** The error answers of a route, each with the shared error body. */
export function errorResponses(...statuses: number[]): Record<number, typeof ErrorRef> {
  const out: Record<number, typeof ErrorRef> = {}
  for (const status of statuses)
    out[status] = Type.Ref('ErrorBody', { description: ERROR_TEXT[status] })
  return out
}

/** The errors any authenticated store route can answer with. */
export const STORE_ERRORS = [400, 401, 403, 404, 429] as const

/** The errors a store route with a JSON body can answer with. */
export const BODY_ERRORS = [400, 401, 403, 404, 413, 415, 429] as const
