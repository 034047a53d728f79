import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../../util/rng.js'
import { keysetSplit, tifuSplit } from './user-split.js'

const users = Array.from({ length: 13_858 }, (_, i) => String(13_858 - i))

describe('tifuSplit', () => {
  it('sorts users numerically and takes the last 20 % as test', () => {
    const s = tifuSplit(users)
    expect(s.train.length).toBe(9977)
    expect(s.validation.length).toBe(11_086 - 9977)
    expect(s.test.length).toBe(2772) // as the shared TaFeng keysets
    expect(s.test[0]).toBe('11087')
    expect(s.test.at(-1)).toBe('13858')
    expect(s.train[0]).toBe('1')
  })
})

describe('keysetSplit', () => {
  it('shuffles and cuts 72/8/20 without overlap', () => {
    const s = keysetSplit(users, mulberry32(4))
    expect([s.train.length, s.validation.length, s.test.length]).toEqual([9977, 1109, 2772])
    const seen = new Set([...s.train, ...s.validation, ...s.test])
    expect(seen.size).toBe(users.length)
    expect(keysetSplit(users, mulberry32(4))).toEqual(s)
  })
})
