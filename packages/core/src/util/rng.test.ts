import { describe, expect, it } from 'vitest'
import { mulberry32, shuffleInPlace } from './rng.js'

describe('mulberry32', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const c = mulberry32(43)
    const xs = Array.from({ length: 5 }, () => a.next())
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs)
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs)
  })

  it('draws below(n) uniformly in [0, n)', () => {
    const rng = mulberry32(1)
    const counts = new Array(4).fill(0)
    for (let i = 0; i < 40_000; i++) counts[rng.below(4)]++
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400)
    for (let i = 0; i < 1000; i++) {
      const x = rng.next()
      expect(x >= 0 && x < 1).toBe(true)
    }
  })

  it('shuffles into a permutation', () => {
    const a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    shuffleInPlace(a, mulberry32(3))
    expect([...a].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })
})
