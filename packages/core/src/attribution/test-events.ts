/**
 * Terse event builders for the measurement tests.
 * @module
 */
import type { TrackedEvent } from './events.js'

/** Hours after 2024-01-01T00:00Z, in epoch ms. */
export const h = (hours: number): number => Date.UTC(2024, 0, 1) + hours * 3_600_000

let next = 0

/** An event with a fresh id; `at` in hours after 2024-01-01. */
export function ev(
  kind: TrackedEvent['kind'],
  hours: number,
  fields: Omit<Partial<TrackedEvent>, 'kind' | 'at'> = {},
): TrackedEvent {
  next++
  return { id: `e${String(next).padStart(5, '0')}`, kind, at: h(hours), ...fields }
}

/** An impression of `sku` to customer `c` at `placement`. */
export const shown = (hours: number, sku: string, c: string, extra: Partial<TrackedEvent> = {}) =>
  ev('impression', hours, {
    sku,
    customer: c,
    placement: 'cart',
    offerId: `o-${next + 1}`,
    ...extra,
  })

/** A purchase line: `revenue` in minor units. */
export const bought = (
  hours: number,
  sku: string,
  c: string,
  orderId: string,
  revenue: number,
  extra: Partial<TrackedEvent> = {},
) => ev('purchase', hours, { sku, customer: c, orderId, revenue, quantity: 1, ...extra })
