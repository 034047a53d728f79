import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../util/rng.js'
import { liftReport } from './lift.js'
import { summarizeOrders } from './orders.js'
import { COST, SCENARIO } from './test-scenario.js'
import { type UnitOutcome, unitOutcomes } from './unit-outcomes.js'

const unit = (id: string, arm: string, revenue: number, orders = 1, margin = 0): UnitOutcome => ({
  unit: id,
  arm,
  orders,
  revenue,
  margin,
  costedRevenue: margin === 0 ? 0 : revenue,
})

/** n units per arm, revenue ~ uniform(500, 1500) + shift for the treated, seeded. */
function arms(n: number, shift: number, seed: number): UnitOutcome[] {
  const rng = mulberry32(seed)
  const out: UnitOutcome[] = []
  for (let i = 0; i < n; i++) {
    out.push(unit(`t${i}`, 'treated', 500 + 1000 * rng.next() + shift, 1 + rng.below(3)))
    out.push(unit(`h${i}`, 'holdout', 500 + 1000 * rng.next(), 1 + rng.below(3)))
  }
  return out
}

describe('unitOutcomes', () => {
  it('sums orders per unit, the arm taken from the holdout flag of its first order', () => {
    const outcomes = unitOutcomes(summarizeOrders(SCENARIO, COST))
    expect(outcomes.map((u) => [u.unit, u.arm, u.orders, u.revenue, u.margin])).toEqual([
      ['alice', 'treated', 1, 2000, 1300],
      ['bob', 'treated', 1, 500, 0],
      ['carol', 'holdout', 1, 1000, 600],
      ['dave', 'treated', 1, 500, 100],
    ])
  })

  it('counts a population’s units without orders as zeros and drops units outside it', () => {
    const population = [
      { unit: 'alice', arm: 'treated' },
      { unit: 'erin', arm: 'holdout' },
    ]
    const outcomes = unitOutcomes(summarizeOrders(SCENARIO), { population })
    expect(outcomes.map((u) => [u.unit, u.arm, u.orders, u.revenue])).toEqual([
      ['alice', 'treated', 1, 2000],
      ['erin', 'holdout', 0, 0],
    ])
  })

  it('uses armOf for an A/B split and leaves out units it does not place', () => {
    const armOf = (u: string) => (u === 'carol' ? undefined : u < 'c' ? 'A' : 'B')
    const outcomes = unitOutcomes(summarizeOrders(SCENARIO), { armOf })
    expect(outcomes.map((u) => `${u.unit}:${u.arm}`)).toEqual(['alice:A', 'bob:A', 'dave:B'])
  })
})

describe('liftReport', () => {
  it('computes the observed differences by hand', () => {
    const r = liftReport(
      [unit('a', 'treated', 100), unit('b', 'treated', 300, 2), unit('c', 'holdout', 100)],
      { resamples: 200 },
    )
    expect(r.treated).toMatchObject({ units: 2, orders: 3, revenue: 400, revenuePerUnit: 200 })
    expect(r.revenuePerUnit.difference.estimate).toBe(100) // 200 − 100
    expect(r.revenuePerUnit.relative.estimate).toBe(1) // 200 / 100 − 1
    expect(r.ordersPerUnit.difference.estimate).toBe(0.5) // 1.5 − 1
    expect(r.aov.difference.estimate).toBeCloseTo(400 / 3 - 100, 10)
    // One holdout unit: every resample of it is the same, so the interval is the treated spread.
    expect(r.revenuePerUnit.difference.low).toBe(0)
    expect(r.revenuePerUnit.difference.high).toBe(200)
    // No costs anywhere: margin is unknown, not zero.
    expect(r.marginPerUnit.treated).toBeNaN()
    expect(r.marginPerUnit.difference.estimate).toBeNaN()
  })

  it('finds a real shift and covers 0 when there is none', () => {
    const shifted = liftReport(arms(400, 200, 1))
    expect(shifted.revenuePerUnit.difference.low).toBeGreaterThan(100)
    expect(shifted.revenuePerUnit.difference.high).toBeLessThan(300)
    const none = liftReport(arms(400, 0, 2))
    expect(none.revenuePerUnit.difference.low).toBeLessThan(0)
    expect(none.revenuePerUnit.difference.high).toBeGreaterThan(0)
    expect(none.aov.relative.low).toBeLessThan(0)
    expect(none.aov.relative.high).toBeGreaterThan(0)
  })

  it('covers the true difference about 95 % of the time', () => {
    let covered = 0
    const trials = 60
    for (let s = 0; s < trials; s++) {
      const i = liftReport(arms(150, 100, 100 + s), { resamples: 300, seed: s }).revenuePerUnit
      if (i.difference.low <= 100 && 100 <= i.difference.high) covered++
    }
    // 57 expected; binomial sd ≈ 1.7.
    expect(covered).toBeGreaterThanOrEqual(51)
  })

  it('is reproducible for a seed and NaN for an empty arm', () => {
    const data = arms(50, 0, 3)
    expect(liftReport(data, { seed: 9 })).toEqual(liftReport(data, { seed: 9 }))
    const empty = liftReport(data.filter((u) => u.arm === 'treated'))
    expect(empty.revenuePerUnit.difference.estimate).toBeNaN()
    expect(empty.revenuePerUnit.difference.low).toBeNaN()
  })

  it('reports margin with its coverage when costs are known', () => {
    const r = liftReport(unitOutcomes(summarizeOrders(SCENARIO, COST)), { resamples: 100 })
    // treated: (1300 + 0 + 100) / 3 units; holdout: 600 / 1.
    expect(r.marginPerUnit.difference.estimate).toBeCloseTo(1400 / 3 - 600, 10)
    expect(r.treated.costCoverage).toBeCloseTo(2500 / 3000, 10)
  })
})
