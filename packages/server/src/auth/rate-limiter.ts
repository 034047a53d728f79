/**
 * Per-key request limits: at most `max` requests per fixed window of `windowMs`, windows aligned
 * on the clock (a minute's window is a calendar minute), so every instance of a deployment
 * means the same window. Written here rather than taken from `@fastify/rate-limit` because both
 * request paths (the fastify routes and the express lane of the offers route) must share one
 * count, and the plugin's per-request cost was a measured bottleneck (about 7 µs of the ~50 µs
 * budget; docs/bench-http.md).
 *
 * Requests are counted in memory; `RateLimitSharing` adds each instance's counts to the store
 * every fraction of a second and brings back the deployment's totals, so a key's limit holds
 * across instances, give or take the requests of one sharing interval.
 * @module
 */

/** One key's window: requests counted here since `start`, and what the other instances made. */
interface Window {
  start: number
  /** Requests counted by this instance (refused ones too). */
  count: number
  /** Of `count`, those already added to the shared totals. */
  shared: number
  /** Requests the other instances made in this window, as of the last sharing. */
  others: number
}

/** This instance's counts not yet shared, all of the current window. */
export interface UnsharedCounts {
  windowStart: number
  deltas: Map<string, number>
}

/** Counts requests per key in fixed windows; a bounded number of keys is remembered. */
export class RateLimiter {
  readonly max: number
  readonly windowMs: number
  readonly #clock: () => number
  readonly #maxKeys: number
  readonly #windows = new Map<string, Window>()

  /** `clock`: epoch ms (windows are aligned on it, the same on every instance). */
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
    const start = now - (now % this.windowMs)
    let w = this.#windows.get(key)
    if (w === undefined || w.start !== start) {
      if (w === undefined && this.#windows.size >= this.#maxKeys) this.#evict(start)
      w = { start, count: 0, shared: 0, others: 0 }
      this.#windows.set(key, w)
    }
    w.count++
    return w.count + w.others <= this.max ? 0 : Math.max(1, start + this.windowMs - now)
  }

  /** The requests of the current window not yet added to the shared totals. */
  unshared(): UnsharedCounts {
    const now = this.#clock()
    const windowStart = now - (now % this.windowMs)
    const deltas = new Map<string, number>()
    for (const [key, w] of this.#windows)
      if (w.start === windowStart && w.count > w.shared) deltas.set(key, w.count - w.shared)
    return { windowStart, deltas }
  }

  /**
   * Takes in the deployment's totals after `sent` was added to them: what the other instances
   * counted is each total less what this instance has shared. A window that ended meanwhile is
   * left alone.
   */
  absorb(sent: UnsharedCounts, totals: ReadonlyMap<string, number>): void {
    for (const [key, delta] of sent.deltas) {
      const w = this.#windows.get(key)
      const total = totals.get(key)
      if (w === undefined || w.start !== sent.windowStart || total === undefined) continue
      w.shared += delta
      w.others = Math.max(0, total - w.shared)
    }
  }

  /**
   * Makes room: windows that ended go first; if every key is in its window, the oldest entries
   * go (an attacker cycling through made-up keys can then reset a real key's count early, never
   * raise it: the limit is a guard against runaway clients, not an access control).
   */
  #evict(start: number): void {
    for (const [key, w] of this.#windows) if (w.start !== start) this.#windows.delete(key)
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
