/**
 * Answers already computed, kept per store and model version: the same cart on the same model
 * gets the same offers, so a repeat costs a lookup and copying bytes instead of a ranking; only
 * the ids, which differ per request, are written in.
 * @module
 */

/**
 * One answer ready to send but for its request id: the JSON bytes with a blank wherever the id
 * goes, and the offsets of those blanks (`answerTemplate`, `answerFor`).
 */
export interface CachedAnswer {
  bytes: Buffer
  slots: readonly number[]
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

  /** Whether answers are kept at all (a size of 0 turns the cache off). */
  get enabled(): boolean {
    return this.#max > 0
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
