import { describe, expect, it } from 'vitest'
import { hitRate } from './hit-rate.js'

describe('hitRate', () => {
  const ranked = ['a', 'b', 'c', 'd', 'e']
  const truth = new Set(['b', 'd', 'x'])
  it('is 1 once a truth item is in the top K', () => {
    expect(hitRate(ranked, truth, 1)).toBe(0)
    expect(hitRate(ranked, truth, 2)).toBe(1)
    expect(hitRate(ranked, truth, 20)).toBe(1)
  })
  it('handles empty lists and empty truth', () => {
    expect(hitRate([], truth, 10)).toBe(0)
    expect(hitRate(ranked, new Set<string>(), 10)).toBeNaN()
  })
})
