/**
 * Request ids that are unique across instances and restarts (offer ids are built from them, and
 * events refer to offers by id) yet cost a counter increment: a random per-process prefix and a
 * counter. Every id has the same length, so a cached answer can hold its ids' places and a
 * request only writes its own id into them (`offers/present-offers.ts`).
 * @module
 */
import { randomBytes } from 'node:crypto'

/** Characters of every request id: 8 random, a dash, 8 of counter. */
export const REQUEST_ID_LENGTH = 17

/**
 * Returns a generator of ids `<8 random chars>-<8 base-36 digits>`, e.g. `q7Xf0aZ2-0000001b`
 * (36⁸ ≈ 2.8 × 10¹² ids per process before the counter would widen).
 */
export function requestIdGenerator(): () => string {
  const prefix = randomBytes(6).toString('base64url')
  let next = 0
  return () => `${prefix}-${(next++).toString(36).padStart(8, '0')}`
}
