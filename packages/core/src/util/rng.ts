/**
 * Seeded randomness for evaluation: the core never calls `Math.random`.
 * @module
 */

/** A seeded source of random numbers. */
export interface Rng {
  /** A uniform float in [0, 1). */
  next(): number
  /** A uniform integer in [0, n) for an integer `n ≥ 1`. */
  below(n: number): number
}

/**
 * mulberry32 (Tommy Ettinger): a 32-bit state generator, fast and good enough for resampling and
 * splits; the same seed always gives the same sequence. Seeds are taken modulo 2^32.
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
  return {
    next: () => nextUint32() / 4294967296,
    below: (n) => Math.floor((nextUint32() / 4294967296) * n),
  }
}

/**
 * Shuffles `a` in place with the algorithm of Python's `random.shuffle` (Fisher–Yates from the
 * end: for i = n−1 … 1, swap a[i] with a[rng.below(i + 1)]), so that with `pythonRandom` the
 * permutation equals CPython's.
 */
export function shuffleInPlace<T>(a: { length: number; [i: number]: T }, rng: Rng): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.below(i + 1)
    const t = a[i]!
    a[i] = a[j]!
    a[j] = t
  }
}
