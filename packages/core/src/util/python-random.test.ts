import { describe, expect, it } from 'vitest'
import { pythonRandom } from './python-random.js'
import { shuffleInPlace } from './rng.js'

// Golden values printed by CPython 3 (`random.Random(seed)`).
describe('pythonRandom', () => {
  it('shuffles like random.Random(42).shuffle', () => {
    const rng = pythonRandom(42)
    const a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    shuffleInPlace(a, rng)
    expect(a).toEqual([7, 3, 2, 8, 5, 6, 9, 4, 0, 1])
    // the same stream continues like choice() on ['a'..'e']
    const letters = ['a', 'b', 'c', 'd', 'e']
    expect(Array.from({ length: 8 }, () => letters[rng.below(5)])).toEqual([
      'e',
      'd',
      'a',
      'a',
      'a',
      'b',
      'b',
      'e',
    ])
  })

  it('matches _randbelow for large n and random()', () => {
    const r7 = pythonRandom(7)
    expect(Array.from({ length: 5 }, () => r7.below(1_000_003))).toEqual([
      339563, 993908, 158176, 414002, 682554,
    ])
    const r42 = pythonRandom(42)
    expect(r42.next()).toBe(0.6394267984578837)
    expect(r42.next()).toBe(0.025010755222666936)
  })

  it('handles seeds above 2^32 and n above 2^32', () => {
    const r = pythonRandom(2 ** 40 + 5)
    expect(Array.from({ length: 3 }, () => r.below(2 ** 35 + 3))).toEqual([
      3976222944, 3829167211, 5005617834,
    ])
    expect(r.next()).toBe(0.7965159328009259)
  })

  it('shuffles a long list like Python (seed 0, 100,000 items)', () => {
    const a = Array.from({ length: 100_000 }, (_, i) => i)
    shuffleInPlace(a, pythonRandom(0))
    expect(a.slice(0, 5)).toEqual([74921, 6849, 99252, 14859, 14403])
    expect(a.slice(-3)).toEqual([55125, 99346, 50494])
  })
})
