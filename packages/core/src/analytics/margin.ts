/**
 * Margin of a sold line, from a cost function the caller supplies.
 * @module
 */

/**
 * Unit cost of a SKU in minor units, or `undefined` when unknown. The core reads no catalog:
 * the service passes its catalog's costs, a simulation its assumption.
 */
export type CostOf = (sku: string) => number | undefined

/**
 * margin = (revenue − cost × quantity) × (1 − refundedShare): a refund is assumed to return the
 * goods, so it takes back the cost with the revenue. `undefined` when the cost is unknown (or
 * not a finite number): unknown costs are left out of margins, never counted as zero.
 */
export function lineMargin(
  sku: string | undefined,
  revenue: number,
  quantity: number,
  refundedShare: number,
  cost: CostOf | undefined,
): number | undefined {
  const unitCost = sku === undefined || cost === undefined ? undefined : cost(sku)
  if (unitCost === undefined || !Number.isFinite(unitCost)) return undefined
  return (revenue - unitCost * quantity) * (1 - refundedShare)
}
