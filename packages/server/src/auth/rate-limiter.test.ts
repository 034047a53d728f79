import { describe, expect, it } from 'vitest'
import { RateLimiter, windowText } from './rate-limiter.js'

describe('RateLimiter', () => {
  it('allows max requests per clock-aligned window and key, then says how long to wait', () => {
    let now = 121_000 // 1 s into the third minute
    const limiter = new RateLimiter(2, 60_000, () => now)
    expect([limiter.take('a'), limiter.take('a'), limiter.take('b')]).toEqual([0, 0, 0])
    now += 15_000
    expect(limiter.take('a')).toBe(44_000)
    // refusals count: hammering does not bring the window's end closer
    now += 43_999
    expect(limiter.take('a')).toBe(1)
    now += 1 // the next minute
    expect(limiter.take('a')).toBe(0)
    expect(limiter.take('b')).toBe(0)
  })

  it('remembers a bounded number of keys, dropping ended windows first', () => {
    let now = 0
    const limiter = new RateLimiter(1, 1000, () => now, 2)
    limiter.take('old')
    now = 1100
    limiter.take('busy')
    now = 1200
    // "old" counted in the window that ended, so it goes; "busy" keeps its count
    limiter.take('new')
    expect(limiter.take('busy')).toBe(800)
    // every window running: the oldest entry goes
    limiter.take('newer')
    expect(limiter.take('busy')).toBe(0)
  })

  it('counts what the other instances made once their totals come back', () => {
    let now = 60_000
    const limiter = new RateLimiter(5, 60_000, () => now)
    limiter.take('k')
    limiter.take('k')
    const sent = limiter.unshared()
    expect(sent).toEqual({ windowStart: 60_000, deltas: new Map([['k', 2]]) })
    // one more request while the totals are on their way: it is not part of what was sent
    limiter.take('k')
    limiter.absorb(sent, new Map([['k', 4]])) // others made 2
    expect(limiter.unshared().deltas).toEqual(new Map([['k', 1]]))
    // 3 here and 2 elsewhere: the next one is the sixth of a limit of 5
    expect(limiter.take('k')).toBe(60_000)
    // a new window starts from nothing, wherever the requests were counted
    now = 120_000
    expect(limiter.take('k')).toBe(0)
    expect(limiter.unshared()).toEqual({ windowStart: 120_000, deltas: new Map([['k', 1]]) })
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
