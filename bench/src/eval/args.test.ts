import { describe, expect, it } from 'vitest'
import { parseEvalArgs } from './args.js'

describe('parseEvalArgs', () => {
  it('reads datasets, protocol, cut-offs and flags', () => {
    const { options, write } = parseEvalArgs([
      '--dataset',
      'retail,groceries',
      '--dataset',
      'tafeng',
      '--protocol',
      'next-basket',
      '--k',
      '5,10',
      '--quick',
      '--no-write',
    ])
    expect(options.datasets).toEqual(['retail', 'groceries', 'tafeng'])
    expect(options.protocol).toBe('next-basket')
    expect(options.ks).toEqual([5, 10])
    expect(options.quick).toBe(true)
    expect(write).toBe(false)
  })
  it('rejects bad values', () => {
    expect(() => parseEvalArgs(['--protocol', 'nope'])).toThrow(/protocol/)
    expect(() => parseEvalArgs(['--k', '0,10'])).toThrow(/--k/)
    expect(() => parseEvalArgs(['--resamples', '3'])).toThrow(/resamples/)
  })
})
