/**
 * Shares the rate limiter's counts between the instances of a deployment: every `everyMs` this
 * instance adds the requests it counted since the last time to the store's totals
 * (`RequestCountStore`) and learns what the others counted. Requests never wait for it, so a key
 * can exceed its limit by what the instances count within one interval.
 * @module
 */
import type { RequestCountStore } from '@upcross/engine'
import type { RateLimiter } from './rate-limiter.js'

/** Keys shared per interval at most (the busiest): made-up keys cannot flood the store. */
const MAX_KEYS_PER_SHARE = 1000

/** Client-address keys stay on the instance: addresses are not written to the store. */
export const ADDRESS_KEY_PREFIX = 'ip:'

/** A failing store is reported at most once per this many ms (sharing retries every interval). */
export const ERROR_REPORT_MS = 60_000

/** Runs the sharing in the background. */
export class RateLimitSharing {
  readonly #limiter: RateLimiter
  readonly #store: RequestCountStore
  readonly #onError: (error: unknown, failuresSinceReport: number) => void
  readonly #clock: () => number
  #timer: ReturnType<typeof setInterval> | undefined
  #running: Promise<void> | undefined
  #reportedAt = Number.NEGATIVE_INFINITY
  #failures = 0

  /**
   * `onError` hears of a failed sharing at most once per `ERROR_REPORT_MS` (`clock`, ms), with
   * how many failed since the last report: a store that is down would otherwise fill the log
   * four times a second.
   */
  constructor(
    limiter: RateLimiter,
    store: RequestCountStore,
    onError: (error: unknown, failuresSinceReport: number) => void,
    clock: () => number = Date.now,
  ) {
    this.#limiter = limiter
    this.#store = store
    this.#onError = onError
    this.#clock = clock
  }

  /** Shares every `everyMs` from now on (0: never); the timer does not keep the process alive. */
  start(everyMs: number): void {
    if (everyMs <= 0 || this.#timer) return
    this.#timer = setInterval(() => {
      this.#running ??= this.share()
        .catch((error: unknown) => this.#failed(error))
        .finally(() => {
          this.#running = undefined
        })
    }, everyMs)
    this.#timer.unref()
  }

  #failed(error: unknown): void {
    this.#failures++
    const now = this.#clock()
    if (now - this.#reportedAt < ERROR_REPORT_MS) return
    this.#reportedAt = now
    this.#onError(error, this.#failures)
    this.#failures = 0
  }

  /** Stops the timer and waits for a sharing in progress. */
  async stop(): Promise<void> {
    clearInterval(this.#timer)
    this.#timer = undefined
    await this.#running
  }

  /** Adds this instance's new counts to the shared totals and takes in the totals. */
  async share(): Promise<void> {
    const unshared = this.#limiter.unshared()
    let keys = [...unshared.deltas].filter(([key]) => !key.startsWith(ADDRESS_KEY_PREFIX))
    if (keys.length > MAX_KEYS_PER_SHARE)
      keys = keys.sort((a, b) => b[1] - a[1]).slice(0, MAX_KEYS_PER_SHARE)
    if (keys.length === 0) return
    const sent = { windowStart: unshared.windowStart, deltas: new Map(keys) }
    const totals = await this.#store.addRequestCounts(
      sent.windowStart,
      sent.deltas,
      this.#limiter.windowMs,
    )
    this.#limiter.absorb(sent, totals)
  }
}
