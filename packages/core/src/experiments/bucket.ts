/**
 * The deterministic draw behind every assignment: a unit's position in [0, 1) for one salt.
 * @module
 */
import { murmur3 } from '../util/murmur3.js'

const TWO_32 = 4294967296

/**
 * u(unit, salt) = murmur3_32(UTF-8 of `salt + ":" + unit`, seed 0) / 2^32, uniform in [0, 1):
 * the same unit and salt give the same u on every instance and in every language; different
 * salts give independent draws, so a holdout and each experiment split units independently.
 */
export function bucketOf(unitId: string, salt: string): number {
  return murmur3(`${salt}:${unitId}`) / TWO_32
}

/**
 * The unit of assignment: the customer id when known, else the session id; `undefined` when
 * neither is (such a request cannot be held out consistently, so it is treated as a guest).
 * A shopper who logs in mid-session changes unit; the service keeps the session's arm for the
 * rest of that session if it must.
 */
export function assignmentUnit(who: { customer?: string; session?: string }): string | undefined {
  if (who.customer) return who.customer
  if (who.session) return who.session
  return undefined
}
