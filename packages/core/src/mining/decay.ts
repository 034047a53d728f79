/**
 * Time decay: recent baskets weigh more, so tastes that changed are followed.
 * @module
 */

const DAY_MS = 86_400_000

/**
 * Weight per basket = 0.5^(age / halfLife), age = asOf − time in days (never negative: a basket
 * after `asOf` weighs 1). Baskets without a time weigh 1, as if current, rather than vanish.
 */
export function decayWeights(
  times: Float64Array,
  asOf: number,
  halfLifeDays: number,
): Float64Array {
  const out = new Float64Array(times.length)
  const rate = Math.LN2 / (halfLifeDays * DAY_MS)
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!
    out[i] = Number.isNaN(t) ? 1 : Math.exp(-rate * Math.max(0, asOf - t))
  }
  return out
}

/** The latest finite time, or `undefined` when there is none. */
export function latestTime(times: Float64Array | undefined): number | undefined {
  if (!times) return undefined
  let latest = Number.NEGATIVE_INFINITY
  for (let i = 0; i < times.length; i++) if (times[i]! > latest) latest = times[i]!
  return Number.isFinite(latest) ? latest : undefined
}
