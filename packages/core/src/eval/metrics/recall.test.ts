import { describe, expect, it } from 'vitest'
import { recall } from './recall.js'

describe('recall', () => {
  const ranked = ['a', 'b', 'c', 'd', 'e']
  const truth = new Set(['b', 'd', 'x'])
  it('divides hits in the top K by |truth|', () => {
    expect(recall(ranked, truth, 1)).toBe(0)
    expect(recall(ranked, truth, 2)).toBeCloseTo(1 / 3, 12)
    expect(recall(ranked, truth, 5)).toBeCloseTo(2 / 3, 12)
  })
  it('keeps |truth| as denominator when |truth| > K', () => {
    expect(recall(['b', 'd'], new Set(['b', 'd', 'x']), 2)).toBeCloseTo(2 / 3, 12)
  })
  it('counts a duplicate once and handles the empty cases', () => {
    expect(recall(['b', 'b'], truth, 2)).toBeCloseTo(1 / 3, 12)
    expect(recall([], truth, 10)).toBe(0)
    expect(recall(ranked, new Set<string>(), 10)).toBeNaN()
  })
})
