import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeReason } from '../ranking/explain.js'
import { evaluateCart, type ThresholdCart } from './threshold-cart.js'
import { type GapFillerSource, gapFillers } from './threshold-nudge.js'
import { parseThresholdRules, type ThresholdRules } from './threshold-rules.js'

const RULES = {
  counting: { gift_cards_count: false, gift_card_skus: ['GC'], excluded_skus: ['DEPOSIT'] },
  rule_sets: [
    {
      currency: 'EUR',
      region: 'FR',
      tiers: [
        { threshold: 8000, reward: { kind: 'free_gift', sku: 'TOTE' } },
        { threshold: 5000, reward: { kind: 'free_shipping' } },
        { threshold: 12000, reward: { kind: 'percent_off', pct: 10 } },
      ],
    },
    {
      currency: 'EUR',
      region: '*',
      tiers: [{ threshold: 9000, reward: { kind: 'free_shipping' } }],
    },
  ],
}

function rules(input: unknown = RULES): ThresholdRules {
  const r = parseThresholdRules(input)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}

/** A source from SKUs with prices, costs, stock and neighbour rows given per SKU. */
function source(
  items: { sku: string; price: number; cost?: number; stock?: number }[],
  rows: Record<string, [string, number][]>,
): GapFillerSource {
  const skus = items.map((i) => i.sku)
  const itemIndex = new Map(skus.map((s, i) => [s, i]))
  const offsets = [0]
  const nbItems: number[] = []
  const weights: number[] = []
  for (const sku of skus) {
    for (const [b, w] of rows[sku] ?? []) {
      nbItems.push(itemIndex.get(b)!)
      weights.push(w)
    }
    offsets.push(nbItems.length)
  }
  return {
    skus,
    itemIndex,
    prices: items.map((i) => i.price),
    neighbours: { offsets, items: nbItems, weights },
    catalog: {
      costs: items.map((i) => i.cost ?? Number.NaN),
      stock: items.map((i) => i.stock ?? Number.NaN),
    },
  }
}

const cart = (lines: ThresholdCart['lines'], region = 'FR'): ThresholdCart => ({
  currency: 'EUR',
  region,
  lines,
})

describe('parseThresholdRules', () => {
  it('sorts tiers and defaults counting', () => {
    const r = rules({ rule_sets: RULES.rule_sets })
    expect(r.counting).toEqual({ gift_cards_count: false, gift_card_skus: [], excluded_skus: [] })
    expect(r.rule_sets[0]!.tiers.map((t) => t.threshold)).toEqual([5000, 8000, 12000])
  })

  it('reports every bad field with a code and a path', () => {
    const r = parseThresholdRules({
      counting: { gift_cards_count: 'yes', typo: 1 },
      rule_sets: [
        {
          currency: 'eur',
          tiers: [
            { threshold: 49.9, reward: { kind: 'free_shipping' } },
            { threshold: 100, reward: { kind: 'percent_off', pct: 120 } },
            { threshold: 200, reward: { kind: 'free_gift' } },
            { threshold: 300, reward: { kind: 'cashback' } },
          ],
        },
        { currency: 'USD', tiers: [] },
        { currency: 'GBP', tiers: [{ threshold: 5, reward: { kind: 'free_shipping' } }] },
        {
          currency: 'GBP',
          region: '*',
          tiers: [{ threshold: 5, reward: { kind: 'free_shipping' } }],
        },
      ],
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_key', 'counting.typo'],
      ['invalid_type', 'counting.gift_cards_count'],
      ['invalid_currency', 'rule_sets.0.currency'],
      ['invalid_amount', 'rule_sets.0.tiers.0.threshold'],
      ['invalid_percent', 'rule_sets.0.tiers.1.reward.pct'],
      ['missing_sku', 'rule_sets.0.tiers.2.reward.sku'],
      ['unknown_reward', 'rule_sets.0.tiers.3.reward.kind'],
      ['invalid_type', 'rule_sets.1.tiers'],
      ['duplicate_rule_set', 'rule_sets.3'],
    ])
  })

  it('rejects duplicate thresholds and non-objects', () => {
    expect(parseThresholdRules(null).ok).toBe(false)
    const r = parseThresholdRules({
      rule_sets: [
        {
          currency: 'EUR',
          tiers: [
            { threshold: 5000, reward: { kind: 'free_shipping' } },
            { threshold: 5000, reward: { kind: 'percent_off', pct: 5 } },
          ],
        },
      ],
    })
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['duplicate_threshold'])
  })
})

describe('evaluateCart', () => {
  it('counts items after item discounts, without gift cards or excluded SKUs', () => {
    const state = evaluateCart(
      rules(),
      cart([
        { sku: 'A', quantity: 2, unitPrice: 2500, discount: 500 },
        { sku: 'GC', quantity: 1, unitPrice: 5000 },
        { sku: 'DEPOSIT', quantity: 1, unitPrice: 900 },
      ]),
    )
    expect(state.counted).toBe(4500)
    expect(state.reached).toEqual([])
    expect(state.next).toEqual({
      tier: { threshold: 5000, reward: { kind: 'free_shipping' } },
      gap: 500,
    })
  })

  it('counts gift cards when the rules say so, and falls back to the * region', () => {
    const r = rules({ ...RULES, counting: { gift_cards_count: true, gift_card_skus: ['GC'] } })
    const state = evaluateCart(r, cart([{ sku: 'GC', quantity: 2, unitPrice: 5000 }], 'BE'))
    expect(state.rule_set?.region).toBe('*')
    expect(state.reached.map((t) => t.threshold)).toEqual([9000])
    expect(state.next).toBeNull()
    expect(evaluateCart(r, { currency: 'USD', region: 'US', lines: [] }).rule_set).toBeNull()
  })

  it('a threshold is reached exactly at the threshold', () => {
    const state = evaluateCart(rules(), cart([{ sku: 'A', quantity: 1, unitPrice: 8000 }]))
    expect(state.reached.map((t) => t.threshold)).toEqual([5000, 8000])
    expect(state.next?.gap).toBe(4000)
  })
})

describe('gapFillers', () => {
  const src = source(
    [
      { sku: 'A', price: 4200 },
      { sku: 'CHEAP', price: 500 },
      { sku: 'JUST', price: 850, cost: 400 },
      { sku: 'JUST2', price: 860, cost: 850 },
      { sku: 'PRICEY', price: 3000 },
      { sku: 'OUT', price: 900, stock: 0 },
      { sku: 'LOSS', price: 900, cost: 1000 },
      { sku: 'GC', price: 1000 },
      { sku: 'UNRELATED', price: 850 },
    ],
    {
      A: [
        ['CHEAP', 5],
        ['JUST', 2],
        ['JUST2', 3],
        ['PRICEY', 9],
        ['OUT', 9],
        ['LOSS', 9],
        ['GC', 9],
      ],
    },
  )

  it('picks related items just above the gap, never any item', () => {
    const c = cart([{ sku: 'A', quantity: 1, unitPrice: 4200 }])
    const offers = gapFillers(src, rules(), c)
    // gap 800: CHEAP is below, PRICEY beyond twice the gap, OUT has no stock, LOSS sells at a
    // loss, GC does not count, UNRELATED was never bought with A; JUST2 is more related.
    expect(offers.map((o) => o.sku)).toEqual(['JUST2', 'JUST'])
    expect(offers[0]!.reasons).toEqual([
      {
        code: 'threshold_gap',
        reward: { kind: 'free_shipping' },
        threshold: 5000,
        gap: 800,
        item_price: 860,
        crosses: true,
      },
    ])
    expect(describeReason(offers[0]!.reasons[0]!)).toBe(
      'Add this (8.60) to get free shipping: you are 8.00 away from 50.00',
    )
    expect(gapFillers(src, rules(), c, { minMargin: 0.2 }).map((o) => o.sku)).toEqual(['JUST'])
    expect(gapFillers(src, rules(), c, { maxOvershoot: 3 }).map((o) => o.sku)).toEqual([
      'JUST2',
      'JUST',
      'PRICEY',
    ])
  })

  it('is empty when every tier is reached or no rule set applies', () => {
    const full = cart([{ sku: 'A', quantity: 3, unitPrice: 4200 }])
    expect(gapFillers(src, rules(), full)).toEqual([])
    const usd = { currency: 'USD', region: 'US', lines: full.lines }
    expect(gapFillers(src, rules(), usd)).toEqual([])
  })

  it('property: a suggested item really crosses the promised, unreached threshold', () => {
    const arb = fc.record({
      thresholds: fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), {
        minLength: 1,
        maxLength: 4,
      }),
      rewards: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }),
      giftCardsCount: fc.boolean(),
      prices: fc.array(fc.integer({ min: 1, max: 6_000 }), { minLength: 12, maxLength: 12 }),
      costs: fc.array(fc.option(fc.integer({ min: 0, max: 7_000 })), {
        minLength: 12,
        maxLength: 12,
      }),
      stock: fc.array(fc.option(fc.integer({ min: 0, max: 3 })), { minLength: 12, maxLength: 12 }),
      edges: fc.array(
        fc.tuple(fc.nat(11), fc.nat(11), fc.double({ min: 0.01, max: 5, noNaN: true })),
        { minLength: 10, maxLength: 60 },
      ),
      lines: fc.array(
        fc.record({
          item: fc.nat(11),
          quantity: fc.integer({ min: 1, max: 3 }),
          discount: fc.nat(500),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    })
    let offered = 0
    fc.assert(
      fc.property(arb, (a) => {
        const skus = a.prices.map((_, i) => (i === 0 ? 'GC' : i === 1 ? 'X' : `S${i}`))
        const kinds = [
          { kind: 'free_shipping' },
          { kind: 'free_gift', sku: 'S2' },
          { kind: 'percent_off', pct: 10 },
        ]
        const r = rules({
          counting: {
            gift_cards_count: a.giftCardsCount,
            gift_card_skus: ['GC'],
            excluded_skus: ['X'],
          },
          rule_sets: [
            {
              currency: 'EUR',
              tiers: a.thresholds.map((t, k) => ({ threshold: t, reward: kinds[a.rewards[k]!] })),
            },
          ],
        })
        const rows: Record<string, [string, number][]> = {}
        for (const [x, y, w] of a.edges) {
          const row = rows[skus[x]!] ?? []
          row.push([skus[y]!, w])
          rows[skus[x]!] = row
        }
        const src = source(
          skus.map((sku, i) => ({
            sku,
            price: a.prices[i]!,
            ...(a.costs[i] === null ? {} : { cost: a.costs[i]! }),
            ...(a.stock[i] === null ? {} : { stock: a.stock[i]! }),
          })),
          rows,
        )
        const c = cart(
          a.lines.map((l) => ({
            sku: skus[l.item]!,
            quantity: l.quantity,
            unitPrice: a.prices[l.item]!,
            discount: l.discount,
          })),
        )
        const before = evaluateCart(r, c)
        const reachedBefore = new Set(before.reached.map((t) => t.threshold))
        for (const offer of gapFillers(src, r, c, { limit: 12, maxOvershoot: 10 })) {
          offered++
          const reason = offer.reasons[0]!
          if (reason.code !== 'threshold_gap') return false
          if (c.lines.some((l) => l.sku === offer.sku)) return false
          const stock = src.catalog.stock[src.itemIndex.get(offer.sku)!]!
          if (stock <= 0) return false
          const granted = r.rule_sets[0]!.tiers.find((t) => t.threshold === reason.threshold)
          expect(granted?.reward).toEqual(reason.reward)
          expect(reachedBefore.has(reason.threshold)).toBe(false)
          expect(reason.gap).toBe(reason.threshold - before.counted)
          const after = evaluateCart(r, {
            ...c,
            lines: [...c.lines, { sku: offer.sku, quantity: 1, unitPrice: reason.item_price }],
          })
          expect(after.reached.map((t) => t.threshold)).toContain(reason.threshold)
        }
        return true
      }),
      { numRuns: 500 },
    )
    expect(offered).toBeGreaterThan(20)
  })
})
