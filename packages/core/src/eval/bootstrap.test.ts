import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../util/rng.js'
import { bootstrapMean, bootstrapPairedDifference, bootstrapPairedRatio } from './bootstrap.js'

describe('bootstrapMean', () => {
  it('is deterministic for a seed and brackets the estimate', () => {
    const values = Float64Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 0))
    const a = bootstrapMean(values, { seed: 7 })
    const b = bootstrapMean(values, { seed: 7 })
    expect(a).toEqual(b)
    expect(a.estimate).toBeCloseTo(67 / 200, 12)
    expect(a.low).toBeLessThan(a.estimate)
    expect(a.high).toBeGreaterThan(a.estimate)
    expect(bootstrapMean(values, { seed: 8 })).not.toEqual(a)
  })

  it('gives a zero-width interval for constant data and NaN for no data', () => {
    expect(bootstrapMean([0.5, 0.5, 0.5])).toEqual({ estimate: 0.5, low: 0.5, high: 0.5 })
    expect(bootstrapMean([]).estimate).toBeNaN()
  })

  it('covers the true mean about 95 % of the time', () => {
    const data = mulberry32(123)
    let covered = 0
    const trials = 300
    for (let t = 0; t < trials; t++) {
      const xs = Float64Array.from({ length: 150 }, () => (data.next() < 0.3 ? 1 : 0))
      const ci = bootstrapMean(xs, { seed: t, resamples: 400 })
      if (ci.low <= 0.3 && 0.3 <= ci.high) covered++
    }
    const rate = covered / trials
    expect(rate).toBeGreaterThan(0.89)
    expect(rate).toBeLessThan(0.99)
  })

  it('uses the mean of stratum means with strata', () => {
    // stratum means 1 and 0 → 0.5, although the pooled mean is 0.25
    const ci = bootstrapMean([1, 0, 0, 0], { strata: [1, 3] })
    expect(ci.estimate).toBe(0.5)
    expect(ci.low).toBe(0.5)
    expect(ci.high).toBe(0.5)
    expect(() => bootstrapMean([1, 2], { strata: [1] })).toThrow(RangeError)
  })
})

describe('bootstrapPairedDifference', () => {
  it('is tight when pairs move together', () => {
    const rng = mulberry32(5)
    const a = Float64Array.from({ length: 500 }, () => rng.next())
    const b = a.map((x) => x - 0.1)
    const ci = bootstrapPairedDifference(a, b)
    expect(ci.estimate).toBeCloseTo(0.1, 12)
    expect(ci.high - ci.low).toBeLessThan(1e-9)
    expect(() => bootstrapPairedDifference([1], [1, 2])).toThrow(RangeError)
  })
})

describe('bootstrapPairedRatio', () => {
  it('estimates mean(a) / mean(b) with an interval around it', () => {
    const rng = mulberry32(11)
    const b = Float64Array.from({ length: 400 }, () => (rng.next() < 0.4 ? 1 : 0))
    const a = b.map((x, i) => (x === 1 || i % 10 === 0 ? 1 : 0))
    const ci = bootstrapPairedRatio(a, b, { seed: 1 })
    let sa = 0
    let sb = 0
    for (let i = 0; i < a.length; i++) {
      sa += a[i]!
      sb += b[i]!
    }
    expect(ci.estimate).toBeCloseTo(sa / sb, 12)
    expect(ci.low).toBeGreaterThan(1)
    expect(ci.low).toBeLessThan(ci.estimate)
    expect(ci.high).toBeGreaterThan(ci.estimate)
    expect(bootstrapPairedRatio(a, b, { seed: 1 })).toEqual(ci)
  })
})
