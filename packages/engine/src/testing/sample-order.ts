/**
 * The sample order of the conformance suites.
 * @module
 */
import type { Order } from 'upcross'

/** Builds an order with `n` lines (`sku` = `${id}-L${i}`), for conformance and adapter tests. */
export function sampleOrder(
  id: string,
  orderedAt: number | undefined,
  n = 2,
  customerId = 'c1',
): Order {
  const lines = Array.from({ length: n }, (_, i) => ({
    sku: `${id}-L${i}`,
    quantity: i + 1,
    unitPrice: i === 1 ? undefined : 100 * (i + 1),
  }))
  return { id, customerId, orderedAt, lines }
}
