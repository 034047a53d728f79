/**
 * An assumed cost per SKU, for files (like Online Retail) that carry prices but no costs.
 * @module
 */
import type { CostOf, Order } from 'upcross'

/**
 * cost(sku) = (1 − margin) × the SKU's mean unit price over `orders`: a stated assumption so the
 * margin rows of the report can be shown; `undefined` for a SKU never sold with a price.
 */
export function assumedCosts(orders: readonly Order[], margin: number): CostOf {
  const sum = new Map<string, { total: number; n: number }>()
  for (const o of orders)
    for (const l of o.lines) {
      if (l.unitPrice === undefined) continue
      const s = sum.get(l.sku) ?? { total: 0, n: 0 }
      s.total += l.unitPrice
      s.n++
      sum.set(l.sku, s)
    }
  return (sku) => {
    const s = sum.get(sku)
    return s ? (1 - margin) * (s.total / s.n) : undefined
  }
}
