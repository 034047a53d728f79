import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { testCandidate } from '../../rules/test-candidate.js'
import { describeReason } from '../explain.js'
import { acceptProbability, profitOf, scoreByObjective } from './profit.js'

const cand = testCandidate

describe('scoreByObjective', () => {
  // A: p 0.5, profit 1000 − 600 − 100 − 50 = 250 → 125; revenue 900 → 450
  // B: p 0.2, profit 3000 − 1000 = 2000 → 400; revenue 3000 → 600
  // C: p 0.8, profit 500 − 450 = 50 → 40; revenue 500 → 400
  const cs = [
    cand('A', { discount: 100, incentiveCost: 50, score: 0.3 }),
    cand('B', { strength: 0.2, price: 3000, cost: 1000, score: 0.9 }),
    cand('C', { strength: 0.8, price: 500, cost: 450, score: 0.5 }),
  ]
  const scores = (o: Parameters<typeof scoreByObjective>[1]) =>
    scoreByObjective(cs, o).scored.map((c) => [c.sku, Number(c.score.toFixed(6))])

  it('ranks by the objective with hand-computed scores', () => {
    expect(scores({ objective: 'profit' })).toEqual([
      ['B', 400],
      ['A', 125],
      ['C', 40],
    ])
    expect(scores({ objective: 'revenue' })).toEqual([
      ['B', 600],
      ['A', 450],
      ['C', 400],
    ])
    // relevance keeps the base ranking's own scores
    expect(scores({ objective: 'relevance' })).toEqual([
      ['B', 0.9],
      ['C', 0.5],
      ['A', 0.3],
    ])
  })

  it('drops candidates below the margin floor with a reason', () => {
    // margins: A 250/900 = 0.2778, B 2000/3000 = 0.6667, C 50/500 = 0.1
    const r = scoreByObjective(cs, { objective: 'relevance', marginFloor: 0.25 })
    expect(r.scored.map((c) => c.sku)).toEqual(['B', 'A'])
    expect(r.dropped).toEqual([
      {
        sku: 'C',
        guard: 'covers_cost',
        reason: 'below_margin_floor',
        detail: { margin: 0.1, floor: 0.25 },
      },
    ])
  })

  it('falls back to revenue without a cost, to relevance without a price, and says so', () => {
    const r = scoreByObjective([cand('U', { cost: undefined }), cand('N', { price: undefined })], {
      objective: 'profit',
      marginFloor: 0.5,
    })
    expect(r.scored.map((c) => [c.sku, c.score])).toEqual([
      ['U', 500],
      ['N', 0.5],
    ])
    expect(r.scored[0]!.reasons).toEqual([
      { code: 'objective_fallback', objective: 'profit', used: 'revenue', missing: 'cost' },
    ])
    expect(describeReason(r.scored[0]!.reasons[0]!)).toBe(
      'Ranked by revenue instead of profit: the cost is unknown',
    )
    expect(r.scored[1]!.reasons[0]).toMatchObject({ used: 'relevance', missing: 'price' })
  })

  it('maps strength monotonically into [0, 1]', () => {
    expect([-1, Number.NaN, 0, 0.3, 1, 4].map(acceptProbability)).toEqual([0, 0, 0, 0.3, 1, 1])
    expect(profitOf(cand('x', { discount: 10, incentiveCost: 5 }))).toBe(385)
  })
})

const arbCand = fc
  .record({
    strength: fc.double({ min: 0, max: 1, noNaN: true }),
    price: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
    cost: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
    discount: fc.integer({ min: 0, max: 500 }),
    incentiveCost: fc.integer({ min: 0, max: 500 }),
  })
  .map((f) => cand('x', f))

describe('profit scoring invariants (property)', () => {
  it('no returned candidate with a known cost is below the floor; unknown cost falls back to revenue', () => {
    fc.assert(
      fc.property(
        fc.array(arbCand, { maxLength: 12 }),
        fc.double({ min: -0.5, max: 0.9, noNaN: true }),
        (cs, floor) => {
          const r = scoreByObjective(cs, { objective: 'profit', marginFloor: floor })
          expect(r.scored.length + r.dropped.length).toBe(cs.length)
          for (const c of r.scored) {
            const profit = profitOf(c)
            if (profit !== undefined)
              expect(profit / (c.price! - (c.discount ?? 0))).toBeGreaterThanOrEqual(floor)
            if (c.cost === undefined && c.price !== undefined) {
              expect(c.reasons).toContainEqual({
                code: 'objective_fallback',
                objective: 'profit',
                used: 'revenue',
                missing: 'cost',
              })
              expect(c.score).toBeCloseTo(
                acceptProbability(c.strength) * (c.price - (c.discount ?? 0)),
              )
            }
          }
        },
      ),
    )
  })
})
