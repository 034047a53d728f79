import { describe, expect, it } from 'vitest'
import { pricierInCategory } from '../baselines/pricier-in-category.js'
import { runTradeUp } from './trade-up.js'
import type { Purchase } from './trade-up-data.js'
import { isTradeUp } from './trade-up-events.js'
import { medianPrices, timeCutoff, trainingView } from './trade-up-split.js'

const DAY = 86_400_000
const CATEGORY: Record<string, string> = {
  M1: 'mug',
  M2: 'mug',
  M3: 'mug',
  M4: 'mug',
  B1: 'bag',
  B2: 'bag',
}
const categoryOf = (sku: string) => CATEGORY[sku]

/** Ten baskets on days 1–10; the 0.8 cut-off is day 9, so days 9 and 10 are the test. */
const HISTORY: [number, string, [string, number][]][] = [
  [
    1,
    'c1',
    [
      ['M1', 100],
      ['B1', 50],
    ],
  ],
  [
    2,
    'c2',
    [
      ['M1', 100],
      ['M2', 150],
    ],
  ],
  [
    3,
    'c3',
    [
      ['M4', 200],
      ['B2', 80],
    ],
  ],
  [4, 'c1', [['M2', 150]]],
  [
    5,
    'c2',
    [
      ['M3', 300],
      ['X1', 10],
    ],
  ],
  [
    6,
    'c3',
    [
      ['M2', 150],
      ['M4', 220],
    ],
  ],
  [7, 'c4', [['M3', 300]]],
  [8, 'c2', [['B1', 50]]],
  [
    9,
    'c1',
    [
      ['M3', 300],
      ['B2', 80],
    ],
  ],
  [10, 'c2', [['M4', 200]]],
]
const PURCHASES: Purchase[] = HISTORY.flatMap(([day, customer, lines]) =>
  lines.map(([sku, unitPrice]) => ({ customer, basket: `b${day}`, sku, at: day * DAY, unitPrice })),
)

describe('trade-up split', () => {
  it('cuts at the basket-time quantile and prices by the training median', () => {
    expect(timeCutoff(PURCHASES, 0.8)).toBe(9 * DAY)
    expect(timeCutoff([], 0.8)).toBeNaN()
    expect(medianPrices(PURCHASES).get('M4')).toBe(200)
    const train = trainingView(
      PURCHASES.filter((p) => p.at < 9 * DAY),
      categoryOf,
    )
    expect(train.baskets.basketCount).toBe(8)
    const m4 = train.products.find((p) => p.sku === 'M4')
    expect(m4).toMatchObject({ category: 'mug', price: 210 })
    expect(train.products.find((p) => p.sku === 'X1')?.category).toBe('')
    expect(train.popularity.get('M2')).toBe(3)
  })
})

describe('isTradeUp', () => {
  const facts = { category: categoryOf, price: (s: string) => ({ M1: 100, M2: 150 })[s] }
  const rule = { minPriceRatio: 1, maxPriceRatio: Number.POSITIVE_INFINITY, newToCustomer: true }
  it('needs the same known category and a strictly higher price', () => {
    expect(isTradeUp('M1', 'M2', facts, rule)).toBe(true)
    expect(isTradeUp('M2', 'M1', facts, rule)).toBe(false)
    expect(isTradeUp('M1', 'M1', facts, rule)).toBe(false)
    expect(isTradeUp('M1', 'B1', facts, rule)).toBe(false)
    expect(isTradeUp('X1', 'M2', facts, rule)).toBe(false)
    expect(isTradeUp('M1', 'M2', facts, { ...rule, maxPriceRatio: 1.4 })).toBe(false)
    expect(isTradeUp('M1', 'M2', facts, { ...rule, minPriceRatio: 1.5 })).toBe(false)
  })
})

describe('runTradeUp', () => {
  const methods = [
    { name: 'baseline', factory: pricierInCategory },
    { name: 'nothing', factory: () => () => [] },
  ]
  it('finds the golden events and scores the golden hit rates', () => {
    const r = runTradeUp({ purchases: PURCHASES, categoryOf, methods, ks: [1, 3] })
    expect(r.events.map((e) => `${e.customer}:${e.from}>${e.to}`)).toEqual([
      'c1:B1>B2',
      'c1:M1>M3',
      'c1:M2>M3',
      'c2:M1>M4',
      'c2:M2>M4',
    ])
    expect(r.events[3]).toMatchObject({ category: 'mug', fromPrice: 100, toPrice: 210 })
    expect(r).toMatchObject({
      cutoff: 9 * DAY,
      trainPurchases: 13,
      testPurchases: 3,
      trainBaskets: 8,
      trainSkus: 7,
      trainSkusWithCategory: 6,
      historyEvents: 8,
      eventCustomers: 2,
    })
    const [base, none] = r.methods
    expect([...base!.metrics['HR@1']!]).toEqual([1, 0, 0, 0, 1])
    expect([...base!.metrics['HR@3']!]).toEqual([1, 1, 1, 1, 1])
    expect(base!.emptyLists).toBe(0)
    expect([...none!.metrics['HR@3']!]).toEqual([0, 0, 0, 0, 0])
    expect(none!.emptyLists).toBe(5)
  })
  it('applies the price bound and the new-to-customer rule', () => {
    const bounded = runTradeUp({
      purchases: PURCHASES,
      categoryOf,
      methods: [],
      rule: { maxPriceRatio: 1.5 },
    })
    expect(bounded.events.map((e) => `${e.from}>${e.to}`)).toEqual(['M2>M4'])
    // c2 bought M3 before the cut-off and c1 buys M3 after: repeat buys only count when allowed.
    const repeat = [
      ...PURCHASES,
      { customer: 'c2', basket: 'b10', sku: 'M3', at: 10 * DAY, unitPrice: 300 },
    ]
    const strict = runTradeUp({ purchases: repeat, categoryOf, methods: [] })
    const loose = runTradeUp({
      purchases: repeat,
      categoryOf,
      methods: [],
      rule: { newToCustomer: false },
    })
    expect(strict.events).toHaveLength(5)
    expect(loose.events.map((e) => `${e.customer}:${e.from}>${e.to}`)).toContain('c2:M2>M3')
  })
})
