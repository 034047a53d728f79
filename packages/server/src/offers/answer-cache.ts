/**
 * Answers already computed, kept per store and model version: the same cart on the same model
 * gets the same offers, so a repeat costs a lookup and a string join instead of a ranking. Each
 * entry holds every offer serialised without its id (ids differ per request).
 * @module
 */

/** One cached answer: the placement and each offer's JSON members after `"id":…,`. */
export interface CachedAnswer {
  placement: string
  offers: readonly string[]
  /** Answer-level JSON members after the offers (`"thresholds":…,"holdout":false`), or ''. */
  extra: string
}

/**
 * A bounded map of answers; when full, the oldest entry goes (first in, first out: cheaper than
 * an LRU on every hit, and popular carts come straight back).
 */
export class AnswerCache {
  readonly #entries = new Map<string, CachedAnswer>()
  readonly #max: number

  constructor(max: number) {
    this.#max = max
  }

  /** The cached answer for `key`, if any. */
  get(key: string): CachedAnswer | undefined {
    return this.#entries.get(key)
  }

  /** Caches an answer (a no-op when the cache size is 0). */
  set(key: string, answer: CachedAnswer): void {
    if (this.#max <= 0) return
    if (this.#entries.size >= this.#max) {
      const oldest = this.#entries.keys().next()
      if (!oldest.done) this.#entries.delete(oldest.value)
    }
    this.#entries.set(key, answer)
  }
}
