/**
 * Wall-clock accounting of the methods under evaluation.
 * @module
 */
import type { Recommender } from 'upcross/eval'

/** Accumulated training and query milliseconds of one method. */
export interface Timer {
  trainMs: number
  queryMs: number
}

/** Wraps a factory so that training and every query add to `timer`. */
export function timed<A extends unknown[]>(
  factory: (...args: A) => Recommender,
  timer: Timer,
): (...args: A) => Recommender {
  return (...args) => {
    const t0 = performance.now()
    const recommend = factory(...args)
    timer.trainMs += performance.now() - t0
    return (query) => {
      const t1 = performance.now()
      const out = recommend(query)
      timer.queryMs += performance.now() - t1
      return out
    }
  }
}
