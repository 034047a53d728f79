/**
 * How long a customer goes between two purchases of the same item: the clock of a refill.
 * @module
 */
import { DAY_MS } from '../ingest/timestamp.js'
import type { Model } from '../model/model.js'

/**
 * The median gap in days between consecutive distinct purchase times (epoch ms, any order);
 * `undefined` with fewer than two distinct times. The median, because one forgotten refill
 * (a gap twice as long) must not stretch every later reminder.
 */
export function medianIntervalDays(times: readonly number[]): number | undefined {
  const sorted = [...new Set(times.filter((t) => Number.isFinite(t)))].sort((a, b) => a - b)
  if (sorted.length < 2) return undefined
  const gaps: number[] = []
  for (let k = 1; k < sorted.length; k++) gaps.push((sorted[k]! - sorted[k - 1]!) / DAY_MS)
  return median(gaps)
}

/** The times (epoch ms) of customer `c`'s baskets that hold item `i`, at or before `at`. */
export function purchaseTimes(model: Model, c: number, i: number, at: number): number[] {
  const h = model.customers
  const out: number[] = []
  for (let b = h.basketOffsets[c]!; b < h.basketOffsets[c + 1]!; b++) {
    const t = h.times[b]!
    if (Number.isNaN(t) || t > at) continue
    for (let k = h.itemOffsets[b]!; k < h.itemOffsets[b + 1]!; k++) {
      if (h.items[k] === i) {
        out.push(t)
        break
      }
    }
  }
  return out
}

/**
 * The store-wide repeat interval of item `i`: the median of every customer's own median gap,
 * when at least `minCustomers` customers bought it at two distinct times (else `undefined`).
 * One value per customer, so one heavy buyer does not set everyone's clock.
 */
export function storeIntervalDays(
  model: Model,
  i: number,
  minCustomers: number,
): number | undefined {
  const key = `${i}:${minCustomers}`
  let cache = storeIntervals.get(model)
  if (!cache) {
    cache = new Map()
    storeIntervals.set(model, cache)
  }
  if (!cache.has(key)) cache.set(key, computeStoreInterval(model, i, minCustomers))
  return cache.get(key)
}

/** Per model, the store-wide intervals already computed (a full pass over the histories each). */
const storeIntervals = new WeakMap<Model, Map<string, number | undefined>>()

function computeStoreInterval(model: Model, i: number, minCustomers: number): number | undefined {
  const perCustomer: number[] = []
  for (let c = 0; c < model.customers.ids.length; c++) {
    const own = medianIntervalDays(purchaseTimes(model, c, i, Number.POSITIVE_INFINITY))
    if (own !== undefined) perCustomer.push(own)
  }
  return perCustomer.length >= minCustomers ? median(perCustomer) : undefined
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
