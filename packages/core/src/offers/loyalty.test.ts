import { describe, expect, it } from 'vitest'
import type { Order } from '../domain/order.js'
import { describeReason } from '../ranking/explain.js'
import { type LoyaltyProgram, loyaltyProgress, parseLoyaltyProgram } from './loyalty.js'

const DAY = 86_400_000
const T0 = Date.UTC(2025, 0, 1)

function program(input: unknown): LoyaltyProgram {
  const r = parseLoyaltyProgram(input)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}

const order = (day: number | undefined, lines: [string, number, number][]): Order => ({
  id: `o${day}`,
  customerId: 'c1',
  orderedAt: day === undefined ? undefined : T0 + day * DAY,
  lines: lines.map(([sku, quantity, unitPrice]) => ({ sku, quantity, unitPrice })),
})

const COFFEE = {
  kind: 'punch_card',
  id: 'coffee',
  skus: ['ESPRESSO', 'LATTE'],
  every: 10,
  reward: 'a free drink',
}

const HISTORY: Order[] = [
  order(0, [
    ['LATTE', 2, 350],
    ['CROISSANT', 1, 200],
  ]),
  order(1, [['ESPRESSO', 3, 250]]),
  order(2, [['LATTE', 1, 350]]),
  order(3, [['ESPRESSO', 1, 250]]),
  order(10, [['LATTE', 5, 350]]),
  order(undefined, [['LATTE', 9, 350]]),
]

describe('parseLoyaltyProgram', () => {
  it('accepts punch cards and points programs', () => {
    expect(program(COFFEE)).toEqual(COFFEE)
    expect(
      program({
        kind: 'points',
        id: 'pts',
        earn_per_minor: 0.01,
        reward_at: 100,
        reward: '5.00 off',
      }),
    ).toEqual({
      kind: 'points',
      id: 'pts',
      earn_per_minor: 0.01,
      reward_at: 100,
      skus: [],
      reward: '5.00 off',
    })
  })

  it('reports bad fields with codes and paths', () => {
    const bad = parseLoyaltyProgram({ kind: 'punch_card', id: '', skus: [], every: 1, reward: 3 })
    expect(bad.ok ? [] : bad.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_id', 'id'],
      ['invalid_reward', 'reward'],
      ['missing_skus', 'skus'],
      ['invalid_count', 'every'],
    ])
    const pts = parseLoyaltyProgram({
      kind: 'points',
      id: 'p',
      earn_per_minor: -1,
      reward_at: 0.5,
      reward: 'x',
    })
    expect(pts.ok ? [] : pts.issues.map((i) => i.code)).toEqual(['invalid_rate', 'invalid_count'])
    const kind = parseLoyaltyProgram({ kind: 'stamps', id: 'p', reward: 'x' })
    expect(kind.ok ? [] : kind.issues.map((i) => i.code)).toEqual(['unknown_kind'])
    expect(parseLoyaltyProgram('x').ok).toBe(false)
  })
})

describe('loyaltyProgress', () => {
  const card = program(COFFEE)

  it('counts only units of the card bought at or before `at`', () => {
    // Days 0..3: 2 + 3 + 1 + 1 = 7 drinks: two more paid ones, then the 10th is free.
    const p = loyaltyProgress(card, HISTORY, T0 + 3 * DAY)
    expect(p).toEqual({
      program: 'coffee',
      earned: 0,
      reason: {
        code: 'loyalty_progress',
        program: 'coffee',
        unit: 'purchases',
        have: 7,
        need: 2,
        reward: 'a free drink',
      },
    })
    expect(describeReason(p.reason)).toBe('2 more for a free drink')
    // One millisecond earlier the day-3 order does not count yet.
    expect(loyaltyProgress(card, HISTORY, T0 + 3 * DAY - 1).reason.have).toBe(6)
  })

  it('starts a new card after the free one', () => {
    // 12 drinks by day 10 (the untimed order never counts): one card done, 2 on the next.
    const p = loyaltyProgress(card, HISTORY, T0 + 30 * DAY)
    expect([p.earned, p.reason.have, p.reason.need]).toEqual([1, 2, 7])
    const nine = loyaltyProgress(card, [order(0, [['LATTE', 9, 350]])], T0)
    expect(nine.reason.need).toBe(0)
    expect(describeReason(nine.reason)).toBe('Your next one is free: a free drink')
    expect(loyaltyProgress(card, [], T0).reason).toMatchObject({ have: 0, need: 9 })
  })

  it('earns points per order, floored, and nudges toward the next reward', () => {
    const pts = program({
      kind: 'points',
      id: 'pts',
      earn_per_minor: 0.01,
      reward_at: 50,
      reward: '5.00 off',
    })
    // Orders of 9.00, 7.50, 3.50, 2.50, 17.50 → 9 + 7 + 3 + 2 + 17 = 38 points by day 10.
    const p = loyaltyProgress(pts, HISTORY, T0 + 10 * DAY)
    expect(p.reason).toEqual({
      code: 'loyalty_progress',
      program: 'pts',
      unit: 'points',
      have: 38,
      need: 12,
      reward: '5.00 off',
    })
    expect(describeReason(p.reason)).toBe('12 more points for 5.00 off (you have 38)')
    const only = program({
      kind: 'points',
      id: 'l',
      earn_per_minor: 0.1,
      reward_at: 100,
      skus: ['LATTE'],
      reward: 'a mug',
    })
    // Lattes only: 7.00 + 3.50 + 17.50 → 70 + 35 + 175 = 280 points: 2 rewards, 80 toward a third.
    const q = loyaltyProgress(only, HISTORY, T0 + 10 * DAY)
    expect([q.earned, q.reason.have, q.reason.need]).toEqual([2, 80, 20])
  })
})
