/**
 * A dismissed or declined offer is not shown again for N days.
 * @module
 */
import type { Guard } from './types.js'

const DAY_MS = 86_400_000

/**
 * Drops an item the customer (or session) dismissed or declined at `t` while
 * `t ≤ at < t + days × 24 h`; events after the request's `at` are ignored.
 */
export function dismissedRecently(days: number): Guard {
  return (c, ctx) => {
    for (const e of ctx.feedback) {
      if (e.sku !== c.sku || e.at > ctx.at || ctx.at >= e.at + days * DAY_MS) continue
      const mine =
        (ctx.customer !== undefined && e.customer === ctx.customer) ||
        (ctx.session !== undefined && e.session === ctx.session)
      if (mine) return { guard: 'dismissed', reason: e.kind, detail: { at: e.at, days } }
    }
    return undefined
  }
}
