import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../util/rng.js'
import { betaPrior, posteriorMean, thompsonSample, updateBeta } from './beta.js'
import { sampleGamma } from './gamma.js'

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

describe('betaPrior and updateBeta', () => {
  it('centres the prior on the association strength with the given weight', () => {
    expect(betaPrior(0.3, 10)).toEqual({ alpha: 3, beta: 7 })
    expect(posteriorMean(betaPrior(0.3, 10))).toBeCloseTo(0.3, 12)
    // Out-of-range strengths are clamped so both shapes stay positive.
    expect(betaPrior(0, 10).alpha).toBeCloseTo(0.01, 12)
    expect(betaPrior(7, 10).beta).toBeCloseTo(0.01, 12)
    expect(betaPrior(Number.NaN).alpha).toBeGreaterThan(0)
    expect(() => betaPrior(0.3, 0)).toThrow(RangeError)
  })

  it('adds takes and misses; takes are clamped to the shows', () => {
    expect(updateBeta({ alpha: 3, beta: 7 }, 20, 5)).toEqual({ alpha: 8, beta: 22 })
    expect(updateBeta({ alpha: 3, beta: 7 }, 2, 5)).toEqual({ alpha: 5, beta: 7 })
  })

  it('moves the posterior mean from the prior toward the observed rate', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        (strength, takesSeed, shows, weight) => {
          const takes = takesSeed % (shows + 1)
          const prior = betaPrior(strength, weight)
          const post = updateBeta(prior, shows, takes)
          const m0 = posteriorMean(prior)
          const m1 = posteriorMean(post)
          const rate = takes / shows
          // Between the prior mean and the observed rate, and closer to the rate with more data.
          expect(m1).toBeGreaterThanOrEqual(Math.min(m0, rate) - 1e-12)
          expect(m1).toBeLessThanOrEqual(Math.max(m0, rate) + 1e-12)
          const more = updateBeta(prior, shows * 10, takes * 10)
          expect(Math.abs(posteriorMean(more) - rate)).toBeLessThanOrEqual(
            Math.abs(m1 - rate) + 1e-12,
          )
        },
      ),
    )
  })
})

describe('sampleGamma', () => {
  it('has mean and variance equal to the shape, below 1 too', () => {
    for (const shape of [0.3, 1, 2.5, 40]) {
      const rng = mulberry32(7)
      const xs = Array.from({ length: 40_000 }, () => sampleGamma(shape, rng))
      const m = mean(xs)
      const v = mean(xs.map((x) => (x - m) ** 2))
      expect(Math.abs(m - shape)).toBeLessThan(0.03 * shape + 0.01)
      expect(Math.abs(v - shape)).toBeLessThan(0.08 * shape + 0.01)
      expect(xs.every((x) => x >= 0)).toBe(true)
    }
  })
})

describe('thompsonSample', () => {
  it('averages to the posterior mean with the Beta variance, in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 60, noNaN: true }),
        fc.double({ min: 0.2, max: 60, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        (alpha, beta, seed) => {
          const rng = mulberry32(seed)
          const xs = Array.from({ length: 4000 }, () => thompsonSample({ alpha, beta }, rng))
          const mu = alpha / (alpha + beta)
          const sd = Math.sqrt((alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1)))
          expect(xs.every((x) => x >= 0 && x <= 1)).toBe(true)
          // The mean of 4000 draws is within 5 standard errors.
          expect(Math.abs(mean(xs) - mu)).toBeLessThan((5 * sd) / Math.sqrt(4000))
        },
      ),
      { numRuns: 30 },
    )
  })

  it('is reproducible for a seed', () => {
    const a = mulberry32(5)
    const b = mulberry32(5)
    const belief = { alpha: 2, beta: 9 }
    expect([1, 2, 3].map(() => thompsonSample(belief, a))).toEqual(
      [1, 2, 3].map(() => thompsonSample(belief, b)),
    )
  })

  it('explores: a barely shown arm sometimes beats a slightly better, well-known arm', () => {
    const prior = betaPrior(0.25, 10)
    const known = updateBeta(prior, 2000, 520) // ≈ 0.26, narrow
    const fresh = updateBeta(prior, 3, 0) // ≈ 0.19, wide
    const settled = updateBeta(prior, 2000, 380) // ≈ 0.19, narrow
    expect(posteriorMean(fresh)).toBeLessThan(posteriorMean(known))
    const rng = mulberry32(11)
    let freshWins = 0
    let settledWins = 0
    const rounds = 5000
    for (let i = 0; i < rounds; i++) {
      const k = thompsonSample(known, rng)
      if (thompsonSample(fresh, rng) > k) freshWins++
      if (thompsonSample(settled, rng) > k) settledWins++
    }
    // The fresh arm gets a fair share of chances; the equally good but settled arm almost none.
    expect(freshWins / rounds).toBeGreaterThan(0.15)
    expect(freshWins / rounds).toBeLessThan(0.5)
    expect(settledWins / rounds).toBeLessThan(0.01)
  })
})
