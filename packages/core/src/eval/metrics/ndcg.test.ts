import { describe, expect, it } from 'vitest'
import { ndcg } from './ndcg.js'

// By hand: IDCG over |truth| = 3 positions = 1 + 1/log2(3) + 1/2 = 2.130930;
// hits at ranks 2 and 4: DCG@5 = 1/log2(3) + 1/log2(5) = 1.061606 → 0.498189.
describe('ndcg', () => {
  const ranked = ['a', 'b', 'c', 'd', 'e']
  const truth = new Set(['b', 'd', 'x'])
  it('matches hand-computed values with IDCG over |truth| positions', () => {
    expect(ndcg(ranked, truth, 5)).toBeCloseTo(0.49818925746641285, 12)
    expect(ndcg(ranked, truth, 2)).toBeCloseTo(0.2960819109658652, 12)
    expect(ndcg(ranked, truth, 1)).toBe(0)
  })
  it('is 1/log2(rank+1) for a single hidden item', () => {
    expect(ndcg(ranked, new Set(['c']), 10)).toBeCloseTo(0.5, 12)
    expect(ndcg(ranked, new Set(['a']), 10)).toBe(1)
  })
  it('stays below 1 for a perfect list when |truth| > K', () => {
    // DCG@1 = 1, IDCG = 1 + 1/log2(3) = 1.630930 → 0.613147
    expect(ndcg(['a', 'b'], new Set(['a', 'b']), 1)).toBeCloseTo(0.6131471927654584, 12)
  })
  it('gains a duplicate once and handles the empty cases', () => {
    expect(ndcg(['c', 'c'], new Set(['c']), 2)).toBe(1)
    expect(ndcg([], truth, 10)).toBe(0)
    expect(ndcg(ranked, new Set<string>(), 10)).toBeNaN()
  })
})
