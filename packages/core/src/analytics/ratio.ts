/**
 * The one division of the reports: rates are undefined, not zero, without a denominator.
 * @module
 */

/** a / b; NaN when b ≤ 0 (no impressions, no orders…), which JSON renders as null. */
export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN
}
