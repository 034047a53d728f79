/**
 * Order statistics of repeated timings.
 * @module
 */

/** The median of a non-empty list (mean of the two middle values for an even length). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list')
  const sorted = [...values].sort((x, y) => x - y)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** The smallest value of a non-empty list. */
export function min(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('min of an empty list')
  return Math.min(...values)
}

/** The largest value of a non-empty list. */
export function max(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('max of an empty list')
  return Math.max(...values)
}
