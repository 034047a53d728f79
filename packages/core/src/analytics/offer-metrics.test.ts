import { describe, expect, it } from 'vitest'
import { dailySeries } from './daily.js'
import { offerAnalytics } from './offer-metrics.js'
import { summarizeOrders } from './orders.js'
import { COST, SCENARIO } from './test-scenario.js'

describe('summarizeOrders', () => {
  it('nets refunds and counts margin only where the cost is known', () => {
    const orders = summarizeOrders(SCENARIO, COST)
    expect(
      orders.map((o) => [
        o.orderId,
        o.unit,
        o.revenue,
        o.refunded,
        o.margin,
        o.costedRevenue,
        o.holdout,
      ]),
    ).toEqual([
      // mug 1200 − 400 + tea 800 − 300
      ['A1', 'alice', 2000, 0, 1300, 2000, false],
      // bread: cost unknown, no margin
      ['B1', 'bob', 500, 0, 0, 0, false],
      // one mug: 1000 − 400
      ['C1', 'carol', 1000, 0, 600, 1000, true],
      // (1000 − 2 × 400) × (1 − 500/1000) = 100
      ['D1', 'dave', 500, 500, 100, 500, false],
    ])
  })
})

describe('offerAnalytics', () => {
  const a = offerAnalytics(SCENARIO, { cost: COST })

  it('adds up every offer (holdout orders left out)', () => {
    expect(a.totals).toEqual({
      key: 'all',
      impressions: 4,
      clicks: 1,
      addToCarts: 0,
      accepts: 1,
      dismissals: 1,
      taken: 2, // alice's mug (accepted, bought), dave's mug (bought)
      ctr: 0.25,
      takeRate: 0.5,
      attributedLines: 2,
      attributedRevenue: 1700, // 1200 + (1000 − 500)
      attributedMargin: 900, // 1200 − 400 + (1000 − 800) × 0.5
      orders: 3, // A1, B1, D1
      attachedOrders: 2, // A1, D1
      attachRate: 2 / 3,
      revenue: 3000,
      aov: 1000,
      margin: 1400,
      costCoverage: 2500 / 3000,
    })
  })

  it('splits by placement and by strategy, taking an event’s placement from its offer', () => {
    const cart = a.byPlacement.find((r) => r.key === 'cart')!
    expect(cart).toMatchObject({
      impressions: 2,
      clicks: 1, // the click names only the offer
      accepts: 1,
      taken: 1,
      ctr: 0.5,
      takeRate: 0.5,
      attributedRevenue: 1200,
      attributedMargin: 800,
      orders: 1,
      attachRate: 1 / 3,
      revenue: 2000,
      aov: 2000,
      margin: 1300,
      costCoverage: 1,
    })
    const product = a.byPlacement.find((r) => r.key === 'product')!
    expect(product).toMatchObject({
      impressions: 2,
      dismissals: 1,
      taken: 1,
      attributedRevenue: 500,
      attributedMargin: 100,
      orders: 1,
      revenue: 500,
      aov: 500,
    })
    expect(a.byPlacement.map((r) => r.key).sort()).toEqual(['cart', 'product'])
    expect(a.byStrategy.map((r) => [r.key, r.impressions, r.attributedRevenue])).toEqual([
      ['A', 2, 1200],
      ['B', 2, 500],
    ])
  })

  it('reports rates as NaN, not 0, without a denominator, and margins as 0 without costs', () => {
    const none = offerAnalytics([])
    expect(none.totals.ctr).toBeNaN()
    expect(none.totals.aov).toBeNaN()
    const noCost = offerAnalytics(SCENARIO)
    expect([noCost.totals.margin, noCost.totals.costCoverage]).toEqual([0, 0])
  })
})

describe('dailySeries', () => {
  it('counts impressions and takes on the day shown and revenue on the day bought, gaps filled', () => {
    const events = [
      ...SCENARIO,
      // Shown to erin two days later, bought on the third day.
      {
        id: 'x1',
        kind: 'impression' as const,
        at: Date.UTC(2024, 0, 3, 12),
        sku: 'pot',
        customer: 'erin',
      },
      {
        id: 'x2',
        kind: 'purchase' as const,
        at: Date.UTC(2024, 0, 4, 9),
        sku: 'pot',
        customer: 'erin',
        orderId: 'E1',
        revenue: 2500,
      },
    ]
    expect(dailySeries(events)).toEqual([
      { day: '2024-01-01', impressions: 4, taken: 2, takeRate: 0.5, attributedRevenue: 1700 },
      { day: '2024-01-02', impressions: 0, taken: 0, takeRate: Number.NaN, attributedRevenue: 0 },
      { day: '2024-01-03', impressions: 1, taken: 1, takeRate: 1, attributedRevenue: 0 },
      {
        day: '2024-01-04',
        impressions: 0,
        taken: 0,
        takeRate: Number.NaN,
        attributedRevenue: 2500,
      },
    ])
    expect(dailySeries([])).toEqual([])
  })
})
