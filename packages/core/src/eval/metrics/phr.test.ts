import { describe, expect, it } from 'vitest'
import { personalHit } from './phr.js'

describe('personalHit', () => {
  it('is 1 when a next-basket item is in the top K', () => {
    const ranked = [5, 9, 2]
    expect(personalHit(ranked, new Set([2, 7]), 2)).toBe(0)
    expect(personalHit(ranked, new Set([2, 7]), 3)).toBe(1)
  })
  it('averages to the share of users with a hit', () => {
    const users = [
      { ranked: [1, 2], truth: new Set([2]) },
      { ranked: [1, 2], truth: new Set([3]) },
      { ranked: [4], truth: new Set([4, 5]) },
      { ranked: [], truth: new Set([4]) },
    ]
    const mean = users.reduce((s, u) => s + personalHit(u.ranked, u.truth, 10), 0) / users.length
    expect(mean).toBe(0.5)
  })
  it('is NaN for an empty next basket', () => {
    expect(personalHit([1], new Set<number>(), 10)).toBeNaN()
  })
})
