import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assignHoldout, assignVariant } from './assign.js'
import { assignmentUnit, bucketOf } from './bucket.js'
import type { Experiment } from './types.js'

const ids = (n: number, prefix = 'c') => Array.from({ length: n }, (_, i) => `${prefix}${i}`)

const experiment = (salt: string, weights: number[]): Experiment => ({
  id: salt,
  salt,
  variants: weights.map((weight, i) => ({ name: `v${i}`, weight })),
})

describe('bucketOf', () => {
  it('is uniform in [0, 1): every tenth of 20,000 sequential ids holds about 10 %', () => {
    const tenths = new Array(10).fill(0)
    for (const id of ids(20_000)) {
      const u = bucketOf(id, 'holdout')
      expect(u >= 0 && u < 1).toBe(true)
      tenths[Math.floor(u * 10)]++
    }
    // 2,000 expected per tenth, sd ≈ 42: ±200 is more than four sd.
    for (const t of tenths) expect(Math.abs(t - 2000)).toBeLessThan(200)
  })

  it('names the customer, else the session, as the unit', () => {
    expect(assignmentUnit({ customer: 'c1', session: 's1' })).toBe('c1')
    expect(assignmentUnit({ customer: '', session: 's1' })).toBe('s1')
    expect(assignmentUnit({})).toBeUndefined()
  })
})

describe('assignHoldout', () => {
  it('holds out about `share` of many units, whatever the share and salt', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.string(), (share, salt) => {
        const units = ids(4000, 'u')
        const held = units.filter((u) => assignHoldout(u, { share, salt })).length
        // Binomial sd ≤ √(4000/4) ≈ 32: ±160 is five sd.
        expect(Math.abs(held - share * units.length)).toBeLessThan(160)
      }),
      { numRuns: 40 },
    )
  })

  it('gives the same answer on every call (every instance) and is monotone in the share', () => {
    fc.assert(
      fc.property(fc.string(), fc.double({ min: 0, max: 0.5, noNaN: true }), (unit, share) => {
        const once = assignHoldout(unit, { share, salt: 'holdout' })
        expect(assignHoldout(unit, { share, salt: 'holdout' })).toBe(once)
        // Growing the holdout only adds units: nobody leaves it.
        if (once) expect(assignHoldout(unit, { share: share + 0.1, salt: 'holdout' })).toBe(true)
      }),
    )
    expect(assignHoldout('anyone', { share: 0, salt: 'x' })).toBe(false)
    expect(assignHoldout('anyone', { share: 1, salt: 'x' })).toBe(true)
  })
})

describe('assignVariant', () => {
  it('gives each variant weight / Σ weight of the units', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 4 }),
        fc.string(),
        (weights, salt) => {
          fc.pre(weights.some((w) => w > 0))
          const e = experiment(salt, weights)
          const counts = new Map<string, number>()
          const units = ids(4000)
          for (const u of units) {
            const v = assignVariant(u, e)!
            counts.set(v, (counts.get(v) ?? 0) + 1)
          }
          const total = weights.reduce((a, b) => a + b, 0)
          weights.forEach((w, i) => {
            const got = counts.get(`v${i}`) ?? 0
            if (w === 0) expect(got).toBe(0)
            else expect(Math.abs(got - (units.length * w) / total)).toBeLessThan(160)
          })
        },
      ),
      { numRuns: 40 },
    )
  })

  it('is stable per unit and independent between experiments with different salts', () => {
    const a = experiment('exp-a', [1, 1])
    const b = experiment('exp-b', [1, 1])
    const units = ids(8000)
    const cells = [0, 0, 0, 0]
    for (const u of units) {
      const va = assignVariant(u, a)
      expect(assignVariant(u, a)).toBe(va)
      const vb = assignVariant(u, b)
      cells[(va === 'v0' ? 0 : 2) + (vb === 'v0' ? 0 : 1)]!++
    }
    // Independent 50/50 splits fill the 2×2 table evenly: 2,000 each, sd ≈ 39.
    for (const c of cells) expect(Math.abs(c - 2000)).toBeLessThan(200)
    // …and the holdout is independent of an experiment in the same way.
    let both = 0
    for (const u of units)
      if (assignHoldout(u, { share: 0.5, salt: 'holdout' }) && assignVariant(u, a) === 'v0') both++
    expect(Math.abs(both - 2000)).toBeLessThan(200)
  })

  it('is undefined without a positive weight', () => {
    expect(assignVariant('c1', experiment('x', [0, 0]))).toBeUndefined()
  })
})
