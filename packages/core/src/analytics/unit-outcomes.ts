/**
 * Per-unit outcomes (customer or session): the observations a lift test compares.
 * @module
 */
import type { OrderSummary } from './orders.js'

/** What one unit of one arm did over the period. Money in minor units. */
export interface UnitOutcome {
  unit: string
  arm: string
  orders: number
  /** Net revenue of its orders, their known margin and the revenue that margin covers. */
  revenue: number
  margin: number
  costedRevenue: number
}

/** Options of `unitOutcomes`. */
export interface UnitOutcomeOptions {
  /**
   * The arm of a unit; `undefined` leaves the unit out. Default: `holdout` when its first order
   * was flagged holdout, else `treated`. For an A/B test pass e.g. `u => assignVariant(u, exp)`.
   */
  armOf?: (unit: string, firstOrder: OrderSummary | undefined) => string | undefined
  /**
   * Every unit in the test, with its arm: units that placed no order count with zeros. Without
   * it, the units are those that ordered — then revenue per unit is per *buying* unit, and an
   * effect on whether people buy at all is invisible (but both arms are counted alike).
   */
  population?: Iterable<{ unit: string; arm: string }>
}

/**
 * Sums each unit's orders (orders without a unit are left out): order count, net revenue,
 * known margin. With a `population`, orders of units outside it are left out unless `armOf`
 * places them. Units come back in first-seen order (population first).
 */
export function unitOutcomes(
  orders: readonly OrderSummary[],
  options: UnitOutcomeOptions = {},
): UnitOutcome[] {
  const out = new Map<string, UnitOutcome>()
  const zero = (unit: string, arm: string): UnitOutcome => ({
    unit,
    arm,
    orders: 0,
    revenue: 0,
    margin: 0,
    costedRevenue: 0,
  })
  for (const { unit, arm } of options.population ?? []) out.set(unit, zero(unit, arm))
  const listed = options.population !== undefined
  const armOf =
    options.armOf ?? ((_: string, first?: OrderSummary) => (first?.holdout ? 'holdout' : 'treated'))
  const left = new Set<string>()
  for (const o of [...orders].sort((a, b) => a.at - b.at)) {
    if (o.unit === undefined || left.has(o.unit)) continue
    let u = out.get(o.unit)
    if (!u) {
      // The arm is decided once per unit, at its first order.
      const arm = listed && !options.armOf ? undefined : armOf(o.unit, o)
      if (arm === undefined) {
        left.add(o.unit)
        continue
      }
      u = zero(o.unit, arm)
      out.set(o.unit, u)
    }
    u.orders++
    u.revenue += o.revenue
    u.margin += o.margin
    u.costedRevenue += o.costedRevenue
  }
  return [...out.values()]
}
