/**
 * Request ids that are unique across instances and restarts (offer ids are built from them, and
 * events refer to offers by id) yet cost a counter increment: a random per-process prefix.
 * @module
 */
import { randomBytes } from 'node:crypto'

/** Returns a generator of ids `<8 random chars>-<base-36 counter>`, e.g. `q7Xf0aZ2-1b`. */
export function requestIdGenerator(): () => string {
  const prefix = randomBytes(6).toString('base64url')
  let next = 0
  return () => `${prefix}-${(next++).toString(36)}`
}
