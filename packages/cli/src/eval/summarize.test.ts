import { describe, expect, it } from 'vitest'
import { compare, concatFolds, summarizeMetrics } from './summarize.js'

describe('summarize', () => {
  it('averages fold means with stratified CIs', () => {
    const folds = [{ m: Float64Array.of(1, 1) }, { m: Float64Array.of(0, 0, 0, 0) }]
    const all = concatFolds(folds, ['m'])
    expect([...all['m']!]).toEqual([1, 1, 0, 0, 0, 0])
    const s = summarizeMetrics(all, ['m'], { resamples: 50, seed: 1, strata: [2, 4] })
    expect(s['m']).toEqual({ estimate: 0.5, low: 0.5, high: 0.5 })
  })
  it('compares paired vectors', () => {
    const a = { m: Float64Array.of(1, 1, 0, 1) }
    const b = { m: Float64Array.of(1, 0, 0, 1) }
    const c = compare('x', a, 'y', b, ['m'], { resamples: 200, seed: 2 })
    expect(c.metrics['m']!.difference.estimate).toBe(0.25)
    expect(c.metrics['m']!.ratio.estimate).toBeCloseTo(1.5, 12)
  })
})
