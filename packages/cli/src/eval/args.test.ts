import { describe, expect, it } from 'vitest'
import { toEvalOptions } from './args.js'

describe('toEvalOptions', () => {
  it('reads datasets, protocol, cut-offs, methods and flags', () => {
    const options = toEvalOptions({
      dataset: ['retail,groceries', 'tafeng'],
      protocol: 'next-basket',
      k: '10,5',
      quick: true,
      resamples: '50',
      methods: 'popularity, upcross',
      dataDir: '/data',
    })
    expect(options).toEqual({
      datasets: ['retail', 'groceries', 'tafeng'],
      protocol: 'next-basket',
      ks: [5, 10],
      quick: true,
      resamples: 50,
      methods: ['popularity', 'upcross'],
      dataDir: '/data',
    })
    expect(toEvalOptions({ all: true })).toEqual({ quick: false })
  })
  it('rejects bad values as invalid input', () => {
    const bad = (flags: Parameters<typeof toEvalOptions>[0], message: RegExp) =>
      expect(() => toEvalOptions(flags)).toThrow(
        expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(message) }),
      )
    bad({}, /--dataset <name\|path>.* or --all/)
    bad({ all: true, dataset: ['retail'] }, /not both/)
    bad({ all: true, protocol: 'nope' }, /protocol/)
    bad({ all: true, k: '0,10' }, /--k/)
    bad({ all: true, k: ',' }, /--k/)
    bad({ all: true, resamples: '3' }, /resamples/)
    bad({ all: true, methods: 'upcross,lightgcn' }, /--methods/)
  })
})
