/**
 * A day-by-day series of offers shown, taken and earned, for the dashboard's charts.
 * @module
 */
import { attribute } from '../attribution/attribute.js'
import { DAY, type TrackedEvent } from '../attribution/events.js'
import { takenImpressions } from '../attribution/takes.js'
import type { AnalyticsOptions } from './offer-metrics.js'
import { ratio } from './ratio.js'

/** One UTC day. Money in minor units. */
export interface DailyPoint {
  /** `YYYY-MM-DD` (UTC). */
  day: string
  impressions: number
  /** Impressions of the day that were taken (whenever the taking happened). */
  taken: number
  /** taken / impressions; NaN on a day without impressions. */
  takeRate: number
  /** Net attributed revenue of the purchases made that day. */
  attributedRevenue: number
}

/**
 * Per UTC day from the first to the last day with an impression or credited purchase (days in
 * between with nothing are present with zeros, so charts keep their time axis): impressions,
 * those taken (counted on the day shown), take rate, and attributed revenue net of refunds
 * (counted on the day bought). Empty without impressions and credited purchases.
 */
export function dailySeries(
  events: readonly TrackedEvent[],
  options: AnalyticsOptions = {},
): DailyPoint[] {
  const attribution = options.attribution ?? attribute(events, { windowMs: options.windowMs })
  const taken = takenImpressions(events, attribution)
  const days = new Map<number, { impressions: number; taken: number; revenue: number }>()
  const at = (t: number) => {
    const d = Math.floor(t / DAY)
    let v = days.get(d)
    if (!v) {
      v = { impressions: 0, taken: 0, revenue: 0 }
      days.set(d, v)
    }
    return v
  }
  for (const e of events) {
    if (e.kind !== 'impression') continue
    const v = at(e.at)
    v.impressions++
    if (taken.has(e.id)) v.taken++
  }
  for (const line of attribution.lines) at(line.at).revenue += line.net
  if (days.size === 0) return []
  const keys = [...days.keys()]
  const first = Math.min(...keys)
  const last = Math.max(...keys)
  const out: DailyPoint[] = []
  for (let d = first; d <= last; d++) {
    const v = days.get(d) ?? { impressions: 0, taken: 0, revenue: 0 }
    out.push({
      day: new Date(d * DAY).toISOString().slice(0, 10),
      impressions: v.impressions,
      taken: v.taken,
      takeRate: ratio(v.taken, v.impressions),
      attributedRevenue: v.revenue,
    })
  }
  return out
}
