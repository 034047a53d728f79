/**
 * A small time-limited cache: lookups that every request needs (API keys, tenants) are read from
 * the store at most once per `ttlMs`, so the hot path does no I/O and changes still propagate.
 * @module
 */

/** Entries expire `ttlMs` after they were loaded; at most `maxEntries` are kept. */
export class TtlCache<V> {
  readonly #entries = new Map<string, { value: V; until: number }>()
  readonly #ttlMs: number
  readonly #maxEntries: number
  readonly #clock: () => number

  constructor(ttlMs: number, clock: () => number, maxEntries = 10_000) {
    this.#ttlMs = ttlMs
    this.#clock = clock
    this.#maxEntries = maxEntries
  }

  /** The cached value while it is fresh, else `undefined`. */
  get(key: string): V | undefined {
    const entry = this.#entries.get(key)
    if (entry === undefined) return undefined
    if (entry.until < this.#clock()) {
      this.#entries.delete(key)
      return undefined
    }
    return entry.value
  }

  /** Caches `value`; when full, the oldest entries go first (Map keeps insertion order). */
  set(key: string, value: V): void {
    if (this.#ttlMs <= 0) return
    this.#entries.delete(key)
    if (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next()
      if (!oldest.done) this.#entries.delete(oldest.value)
    }
    this.#entries.set(key, { value, until: this.#clock() + this.#ttlMs })
  }

  /** Forgets one key (after this instance changed it). */
  delete(key: string): void {
    this.#entries.delete(key)
  }
}
