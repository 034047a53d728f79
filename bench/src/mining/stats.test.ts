import { describe, expect, it } from 'vitest'
import { max, median, min } from './stats.js'

describe('median', () => {
  it('takes the middle of an unsorted odd list and the mean of the middle two of an even one', () => {
    expect(median([0.9, 0.1, 0.5])).toBe(0.5)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([7])).toBe(7)
  })

  it('sorts numerically, not as strings, and leaves its input alone', () => {
    const values = [10, 9, 100]
    expect(median(values)).toBe(10)
    expect(values).toEqual([10, 9, 100])
  })

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError)
    expect(() => min([])).toThrow(RangeError)
    expect(() => max([])).toThrow(RangeError)
  })
})

describe('min and max', () => {
  it('find the extremes', () => {
    expect(min([0.3, 0.2, 0.4])).toBe(0.2)
    expect(max([0.3, 0.2, 0.4])).toBe(0.4)
  })
})
