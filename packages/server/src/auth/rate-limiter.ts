/**
 * Per-key request limits: at most `max` requests per fixed window of `windowMs`. Written here
 * rather than taken from `@fastify/rate-limit` because both request paths (the fastify routes
 * and the express lane of the offers route) must share one count, and the plugin's per-request
 * cost was a measured bottleneck (about 7 µs of the ~50 µs budget; docs/bench-http.md).
 * @module
 */

/** One key's window: requests counted since `start`. */
interface Window {
  start: number
  count: number
}

/** Counts requests per key in fixed windows; a bounded number of keys is remembered. */
export class RateLimiter {
  readonly max: number
  readonly windowMs: number
  readonly #clock: () => number
  readonly #maxKeys: number
  readonly #windows = new Map<string, Window>()

  constructor(max: number, windowMs: number, clock: () => number, maxKeys = 100_000) {
    this.max = max
    this.windowMs = windowMs
    this.#clock = clock
    this.#maxKeys = maxKeys
  }

  /**
   * Counts one request of `key`: 0 when it may proceed, else the milliseconds until its window
   * ends (refused requests count too, so hammering does not shorten the wait).
   */
  take(key: string): number {
    const now = this.#clock()
    let w = this.#windows.get(key)
    if (w === undefined || now - w.start >= this.windowMs) {
      if (w === undefined && this.#windows.size >= this.#maxKeys) this.#evict(now)
      w = { start: now, count: 0 }
      this.#windows.set(key, w)
    }
    w.count++
    return w.count <= this.max ? 0 : Math.max(1, Math.ceil(w.start + this.windowMs - now))
  }

  /**
   * Makes room: windows that ended go first; if every key is in its window, the oldest entries
   * go (an attacker cycling through made-up keys can then reset a real key's count early, never
   * raise it: the limit is a guard against runaway clients, not an access control).
   */
  #evict(now: number): void {
    for (const [key, w] of this.#windows)
      if (now - w.start >= this.windowMs) this.#windows.delete(key)
    for (const key of this.#windows.keys()) {
      if (this.#windows.size < this.#maxKeys) break
      this.#windows.delete(key)
    }
  }
}

/** "1 minute", "30 seconds", "250 ms": the window as a refusal message says it. */
export function windowText(ms: number): string {
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  if (ms % 3_600_000 === 0) return unit(ms / 3_600_000, 'hour')
  if (ms % 60_000 === 0) return unit(ms / 60_000, 'minute')
  if (ms % 1000 === 0) return unit(ms / 1000, 'second')
  return `${ms} ms`
}
