import { countAcceptance } from 'upcross'
import { describe, expect, it } from 'vitest'
import { thompsonAcceptance } from './acceptance.js'

const impression = (i: number, sku: string) => ({
  id: `i${i}`,
  kind: 'impression' as const,
  at: 1000 + i,
  sku,
  offerId: `o${i}`,
  placement: 'cart' as const,
  session: `s${i}`,
})

describe('thompsonAcceptance', () => {
  it('samples around what shoppers did for shown items and keeps the prior for the others', () => {
    const events = []
    // A: shown 200 times, accepted 100 times
    for (let i = 0; i < 200; i++) {
      events.push(impression(i, 'A'))
      if (i % 2 === 0)
        events.push({
          id: `a${i}`,
          kind: 'accept' as const,
          at: 2000 + i,
          sku: 'A',
          offerId: `o${i}`,
          placement: 'cart' as const,
          session: `s${i}`,
        })
    }
    const counts = countAcceptance(events)
    let seed = 1
    const random = () => {
      seed = (seed * 16807) % 2147483647
      return seed / 2147483647
    }
    const p = thompsonAcceptance(counts, 'cart', random)!
    const draws = Array.from({ length: 400 }, () => p('A', 0.05))
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length
    // posterior Beta(0.5 + 100, 9.5 + 100) has mean ≈ 0.479: the learned rate, not the 5 % prior
    expect(mean).toBeGreaterThan(0.43)
    expect(mean).toBeLessThan(0.53)
    expect(new Set(draws).size).toBeGreaterThan(1)
    expect(p('B', 0.05)).toBe(0.05)
    expect(thompsonAcceptance(countAcceptance([]), 'cart', random)).toBeUndefined()
  })
})
