import { describe, expect, it } from 'vitest'
import { reciprocalRank } from './mrr.js'

describe('reciprocalRank', () => {
  const ranked = ['a', 'b', 'c', 'd', 'e']
  it('is 1 / rank of the first hit within K', () => {
    expect(reciprocalRank(ranked, new Set(['b', 'd']), 5)).toBe(0.5)
    expect(reciprocalRank(ranked, new Set(['e']), 5)).toBe(0.2)
    expect(reciprocalRank(ranked, new Set(['e']), 4)).toBe(0)
  })
  it('handles the empty cases', () => {
    expect(reciprocalRank([], new Set(['a']), 10)).toBe(0)
    expect(reciprocalRank(ranked, new Set<string>(), 10)).toBeNaN()
  })
})
