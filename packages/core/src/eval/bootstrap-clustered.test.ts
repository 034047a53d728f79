import { describe, expect, it } from 'vitest'
import { bootstrapPairedDifference } from './bootstrap.js'
import { bootstrapClusteredDifference } from './bootstrap-clustered.js'

describe('bootstrapClusteredDifference', () => {
  const a = [1, 1, 1, 1, 0, 0, 0, 0, 1, 0]
  const b = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]
  it('estimates the plain mean difference', () => {
    const clusters = ['x', 'x', 'x', 'x', 'y', 'y', 'y', 'y', 'z', 'z']
    const r = bootstrapClusteredDifference(a, b, clusters, { resamples: 200 })
    expect(r.estimate).toBeCloseTo(0.4, 12)
    expect(r.low).toBeLessThanOrEqual(r.estimate)
    expect(r.high).toBeGreaterThanOrEqual(r.estimate)
  })
  it('is wider than the per-query interval when a cluster carries the effect', () => {
    const clusters = ['x', 'x', 'x', 'x', 'y', 'y', 'y', 'y', 'z', 'z']
    const clustered = bootstrapClusteredDifference(a, b, clusters, { resamples: 500 })
    const plain = bootstrapPairedDifference(a, b, { resamples: 500 })
    expect(clustered.high - clustered.low).toBeGreaterThan(plain.high - plain.low)
    expect(clustered.low).toBeLessThanOrEqual(0)
  })
  it('refuses mismatched lengths', () => {
    expect(() => bootstrapClusteredDifference([1], [0], [])).toThrow(RangeError)
  })
})
