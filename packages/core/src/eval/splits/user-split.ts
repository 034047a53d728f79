/**
 * Splits of users for next-basket evaluation: Reality-Check keysets and the TIFU-KNN split.
 * @module
 */
import { type Rng, shuffleInPlace } from '../../util/rng.js'

/** Users of a next-basket split; metrics are computed on `test` only. */
export interface UserSplit {
  train: string[]
  validation: string[]
  test: string[]
}

/**
 * A keyset as `keyset_fold.py` of the Reality-Check code makes it: users shuffled with `rng`,
 * train = first ⌊n·4/5·0.9⌋ (72 %), validation up to ⌊n·4/5⌋ (8 %), test = the rest (20 %).
 */
export function keysetSplit(users: readonly string[], rng: Rng): UserSplit {
  const order = [...users]
  shuffleInPlace(order, rng)
  return cutUsers(
    order,
    Math.floor(((order.length * 4) / 5) * 0.9),
    Math.floor((order.length * 4) / 5),
  )
}

/**
 * The TIFU-KNN split (`TIFUKNN.py`): users sorted by id (numerically when every id is an
 * integer, else as strings), train = first ⌊4/5·n·0.9⌋, validation up to ⌊4/5·n⌋, test = the
 * last 20 %. Deterministic.
 */
export function tifuSplit(users: readonly string[]): UserSplit {
  const numeric = users.every((u) => /^-?\d+$/.test(u))
  const order = [...users].sort(
    numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  )
  const n = order.length
  return cutUsers(order, Math.floor((4 / 5) * n * 0.9), Math.floor((4 / 5) * n))
}

function cutUsers(order: string[], trainEnd: number, validationEnd: number): UserSplit {
  return {
    train: order.slice(0, trainEnd),
    validation: order.slice(trainEnd, validationEnd),
    test: order.slice(validationEnd),
  }
}
