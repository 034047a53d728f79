import { describe, expect, it } from 'vitest'
import { BasketSetBuilder } from '../../mining/basket-set.js'
import { pythonRandom } from '../../util/python-random.js'
import { mulberry32 } from '../../util/rng.js'
import { randomSplit, temporalSplit } from './basket-split.js'

describe('randomSplit', () => {
  it('partitions the baskets 80/20 with no test basket in train', () => {
    const s = randomSplit(101, mulberry32(1))
    expect(s.train.length).toBe(80)
    expect(s.test.length).toBe(21)
    const train = new Set(s.train)
    for (const b of s.test) expect(train.has(b)).toBe(false)
    expect(new Set([...s.train, ...s.test]).size).toBe(101)
  })
  it('equals random.Random(42).shuffle(list(range(10))) then an 80/20 cut', () => {
    const s = randomSplit(10, pythonRandom(42))
    expect([...s.train]).toEqual([7, 3, 2, 8, 5, 6, 9, 4])
    expect([...s.test]).toEqual([0, 1])
  })
})

describe('temporalSplit', () => {
  it('puts every test basket at or after every train basket', () => {
    const b = new BasketSetBuilder()
    const times = [50, 10, 40, 20, 30, Number.NaN, 60, 0, 90, 70]
    times.forEach((t, i) => {
      b.addSkus([`a${i}`, 'x'], t)
    })
    const set = b.build()
    const s = temporalSplit(set)
    expect(s.train.length).toBe(7) // 9 dated baskets, ⌊0.8·9⌋ = 7
    expect(s.test.length).toBe(2)
    const lastTrain = Math.max(...[...s.train].map((i) => set.times![i]!))
    for (const i of s.test) expect(set.times![i]!).toBeGreaterThanOrEqual(lastTrain)
    expect([...s.test].map((i) => set.times![i])).toEqual([70, 90])
    expect([...s.train, ...s.test]).not.toContain(5)
  })
  it('refuses baskets without times', () => {
    const b = new BasketSetBuilder()
    b.addSkus(['a'])
    expect(() => temporalSplit(b.build())).toThrow(RangeError)
  })
})
