/**
 * CPython's `random.Random(seed)` (MT19937, `init_by_array`, `_randbelow` by rejection) for
 * integer seeds, so protocols written in Python can be mirrored draw for draw.
 * @module
 */
import type { Rng } from './rng.js'

const N = 624
const M = 397

/**
 * A generator equal to Python's `random.Random(seed)` for a non-negative integer seed below
 * 2^53: `below(n)` matches `_randbelow(n)` (hence `shuffle` and `choice`), `next()` matches
 * `random()`. Used to reproduce published reference splits exactly.
 */
export function pythonRandom(seed: number): Rng {
  const mt = new Uint32Array(N)
  let mti = N + 1
  const initGenrand = (s: number): void => {
    mt[0] = s >>> 0
    for (mti = 1; mti < N; mti++) {
      const prev = mt[mti - 1]! ^ (mt[mti - 1]! >>> 30)
      mt[mti] = (Math.imul(1812433253, prev) + mti) >>> 0
    }
  }
  // Python splits the absolute value of an int seed into 32-bit words, least significant first.
  const key: number[] = []
  let rest = Math.floor(Math.abs(seed))
  do {
    key.push(rest % 4294967296)
    rest = Math.floor(rest / 4294967296)
  } while (rest > 0)
  initGenrand(19650218)
  let i = 1
  let j = 0
  for (let k = Math.max(N, key.length); k > 0; k--) {
    const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30)
    mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0
    i++
    j++
    if (i >= N) {
      mt[0] = mt[N - 1]!
      i = 1
    }
    if (j >= key.length) j = 0
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30)
    mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0
    i++
    if (i >= N) {
      mt[0] = mt[N - 1]!
      i = 1
    }
  }
  mt[0] = 0x80000000

  const genrand = (): number => {
    if (mti >= N) {
      let kk = 0
      for (; kk < N - M; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff)
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff)
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)
      }
      const y = (mt[N - 1]! & 0x80000000) | (mt[0]! & 0x7fffffff)
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)
      mti = 0
    }
    let y = mt[mti++]!
    y ^= y >>> 11
    y ^= (y << 7) & 0x9d2c5680
    y ^= (y << 15) & 0xefc60000
    y ^= y >>> 18
    return y >>> 0
  }
  const getrandbits = (k: number): number => {
    if (k <= 32) return genrand() >>> (32 - k)
    // Two words, least significant first, as CPython does for k ≤ 53.
    const lo = genrand()
    const hi = genrand() >>> (64 - k)
    return hi * 4294967296 + lo
  }
  return {
    next() {
      const a = genrand() >>> 5
      const b = genrand() >>> 6
      return (a * 67108864 + b) / 9007199254740992
    },
    below(n) {
      if (n <= 0) return 0
      let bits = 32 - Math.clz32(n)
      if (n > 0xffffffff) bits = 32 + (32 - Math.clz32(Math.floor(n / 4294967296)))
      let r = getrandbits(bits)
      while (r >= n) r = getrandbits(bits)
      return r
    },
  }
}
