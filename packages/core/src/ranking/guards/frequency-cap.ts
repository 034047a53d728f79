/**
 * Frequency caps per customer and per session, across placements.
 * @module
 */
import type { Guard, GuardContext, Impression } from './types.js'

/** At most `max` offers within `windowMs` before the request. */
export interface Cap {
  max: number
  windowMs: number
}

/** Caps per customer and per session; either may be left out. */
export interface FrequencyCaps {
  customer?: Cap
  session?: Cap
}

function seen(ctx: GuardContext, cap: Cap, who: (i: Impression) => boolean): number {
  let n = 0
  for (const i of ctx.impressions) if (who(i) && i.at <= ctx.at && i.at > ctx.at - cap.windowMs) n++
  return n + ctx.kept.length
}

/**
 * Drops a candidate when the impressions of the customer (or session) within the window, at
 * any placement, plus the offers already kept in this run reach the cap.
 */
export function frequencyCap(caps: FrequencyCaps): Guard {
  return (_c, ctx) => {
    const { customer, session } = ctx
    if (caps.customer && customer !== undefined) {
      const n = seen(ctx, caps.customer, (i) => i.customer === customer)
      if (n >= caps.customer.max)
        return {
          guard: 'frequency_cap',
          reason: 'customer_cap',
          detail: { seen: n, max: caps.customer.max },
        }
    }
    if (caps.session && session !== undefined) {
      const n = seen(ctx, caps.session, (i) => i.session === session)
      if (n >= caps.session.max)
        return {
          guard: 'frequency_cap',
          reason: 'session_cap',
          detail: { seen: n, max: caps.session.max },
        }
    }
    return undefined
  }
}
