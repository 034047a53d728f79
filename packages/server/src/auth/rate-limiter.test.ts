import { describe, expect, it } from 'vitest'
import { RateLimiter, windowText } from './rate-limiter.js'

describe('RateLimiter', () => {
  it('allows max requests per window and key, then says how long to wait', () => {
    let now = 1000
    const limiter = new RateLimiter(2, 60_000, () => now)
    expect([limiter.take('a'), limiter.take('a'), limiter.take('b')]).toEqual([0, 0, 0])
    now += 15_000
    expect(limiter.take('a')).toBe(45_000)
    // refusals count: hammering does not bring the window's end closer
    now += 44_999
    expect(limiter.take('a')).toBe(1)
    now += 1
    expect(limiter.take('a')).toBe(0)
    expect(limiter.take('b')).toBe(0)
  })

  it('remembers a bounded number of keys, dropping ended windows first', () => {
    let now = 0
    const limiter = new RateLimiter(1, 1000, () => now, 2)
    limiter.take('old')
    now = 600
    limiter.take('busy')
    now = 1200
    // "old" has ended, so it goes; "busy" keeps its count
    limiter.take('new')
    expect(limiter.take('busy')).toBe(400)
    // every window running: the oldest entry goes
    limiter.take('newer')
    expect(limiter.take('busy')).toBe(0)
  })

  it('says its window in words', () => {
    expect([60_000, 1000, 30_000, 7_200_000, 250].map(windowText)).toEqual([
      '1 minute',
      '1 second',
      '30 seconds',
      '2 hours',
      '250 ms',
    ])
  })
})
