/**
 * The checks every adapter applies to a request-count addition before writing anything.
 * @module
 */
import { UpcrossError } from 'upcross'

/**
 * Throws `invalid_input` when `addRequestCounts` cannot store its arguments: a window start that
 * is not an integer number of epoch ms, a negative or fractional `retainMs`, or a count that is
 * not an integer ≥ 1. A bad count would otherwise poison a total shared by every instance.
 */
export function checkRequestCounts(
  windowStart: number,
  deltas: ReadonlyMap<string, number>,
  retainMs: number,
): void {
  if (!Number.isSafeInteger(windowStart)) {
    throw new UpcrossError('invalid_input', 'windowStart must be an integer (epoch ms)')
  }
  if (!Number.isSafeInteger(retainMs) || retainMs < 0) {
    throw new UpcrossError('invalid_input', 'retainMs must be an integer ≥ 0')
  }
  for (const [key, count] of deltas) {
    if (typeof key !== 'string') {
      throw new UpcrossError('invalid_input', 'request counts are keyed by key hash (a string)')
    }
    if (!Number.isSafeInteger(count) || count < 1) {
      throw new UpcrossError(
        'invalid_input',
        `request count ${String(count)} is not an integer ≥ 1`,
      )
    }
  }
}
