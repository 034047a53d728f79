import { describe, expect, it } from 'vitest'
import { revenueAtK } from './revenue-at-k.js'

describe('revenueAtK', () => {
  const prices: Record<string, number> = { a: 100, b: 250, c: 40, d: Number.NaN }
  const price = (x: string) => prices[x]
  it('sums the prices of hits in the top K', () => {
    expect(revenueAtK(['a', 'b', 'c'], new Set(['b', 'c']), 3, price)).toBe(290)
    expect(revenueAtK(['a', 'b', 'c'], new Set(['b', 'c']), 2, price)).toBe(250)
    expect(revenueAtK(['a', 'b', 'c'], new Set(['x']), 3, price)).toBe(0)
  })
  it('adds 0 for unknown prices and counts duplicates once', () => {
    expect(revenueAtK(['d', 'z', 'b', 'b'], new Set(['d', 'z', 'b']), 4, price)).toBe(250)
  })
  it('is NaN for empty truth', () => {
    expect(revenueAtK(['a'], new Set<string>(), 1, price)).toBeNaN()
  })
})
