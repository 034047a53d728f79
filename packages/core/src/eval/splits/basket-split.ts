/**
 * Train/test splits of baskets: seeded random and temporal.
 * @module
 */
import type { BasketSet } from '../../mining/basket-set.js'
import { type Rng, shuffleInPlace } from '../../util/rng.js'

/** Basket indices of a split; `test` is in evaluation order. */
export interface BasketSplit {
  train: Int32Array
  test: Int32Array
}

/**
 * Seeded random split: the indices 0…n−1 are shuffled with `rng` (Python's `random.shuffle`
 * algorithm), the first ⌊trainFraction·n⌋ are train, the rest test, in shuffled order. With
 * `pythonRandom(42)` this is `idx = list(range(n)); random.Random(42).shuffle(idx)`.
 */
export function randomSplit(basketCount: number, rng: Rng, trainFraction = 0.8): BasketSplit {
  const order = new Int32Array(basketCount)
  for (let i = 0; i < basketCount; i++) order[i] = i
  shuffleInPlace(order, rng)
  const cut = Math.floor(trainFraction * basketCount)
  return { train: order.slice(0, cut), test: order.slice(cut) }
}

/**
 * Temporal split: baskets ordered by time (ties by index), the first ⌊trainFraction·n⌋ are
 * train, the rest test in time order; every test basket is at or after every train basket.
 * Baskets without a time (`NaN`) are left out of both. Throws `RangeError` without times.
 */
export function temporalSplit(set: BasketSet, trainFraction = 0.8): BasketSplit {
  const times = set.times
  if (!times) throw new RangeError('a temporal split needs basket times')
  const dated: number[] = []
  for (let b = 0; b < set.basketCount; b++) if (!Number.isNaN(times[b]!)) dated.push(b)
  dated.sort((a, b) => times[a]! - times[b]! || a - b)
  const cut = Math.floor(trainFraction * dated.length)
  return { train: Int32Array.from(dated.slice(0, cut)), test: Int32Array.from(dated.slice(cut)) }
}
