/**
 * Fresh evidence: the co-occurrence counts of the orders stored after the serving model was
 * trained, kept per model version in memory and read from the shared store in the background —
 * so every instance counts the same orders, whichever instance received them, and a product
 * new since the last training gets cross-sells before the next one (docs/offers.md).
 * @module
 */
import type { OrderStore } from '@upcross/engine'
import { CooccurrenceDelta } from 'upcross'

/** What fresh evidence reads: the orders written after a point of the store's order sequence. */
export type OrderFeed = Pick<OrderStore, 'streamOrdersAfter'>

/**
 * How much one store's fresh evidence may hold before it stops growing (until the next
 * training): orders, and pair updates (Σ n(n−1)/2 over orders of n distinct items, an upper
 * bound on the distinct pairs kept, each about 100 bytes).
 */
export interface FreshLimits {
  maxOrders: number
  maxPairs: number
}

/** 50,000 orders or 500,000 pair updates (at most some 50 MB) per store. */
export const DEFAULT_FRESH_LIMITS: FreshLimits = Object.freeze({
  maxOrders: 50_000,
  maxPairs: 500_000,
})

/** The evidence as one request reads it: the delta and a version that changes with it. */
export interface FreshSnapshot {
  delta: CooccurrenceDelta
  /** Changes whenever the delta does (answer cache keys include it). */
  version: number
}

/** Counts over the orders after `through`, read up to `cursor`. */
interface State {
  delta: CooccurrenceDelta
  /** Orders counted (an order written again must not count twice: the state is rebuilt). */
  ids: Set<string>
  cursor: number
  pairs: number
  /** A limit was reached: nothing more is counted until the next training. */
  full: boolean
}

/** Options of `FreshOrders`. */
export interface FreshOrdersOptions {
  feed: OrderFeed
  storeId: string
  /** The point of the order sequence the model was trained through. */
  through: number
  /** The model's `maxBasketSize`: larger orders add no pairs, as in training. */
  maxBasketSize: number
  pollMs: number
  /** Monotonic ms. */
  now: () => number
  onError: (error: unknown, storeId: string) => void
  limits?: FreshLimits
}

/**
 * The orders written after one model version of one store, as a `CooccurrenceDelta`. Reads are
 * synchronous (`snapshot`); the store is asked for newer orders at most once per poll interval,
 * in the background, or at once after this instance stored orders (`changed`). The store's
 * order sequence makes each read exact: only the orders written since the last read, never one
 * skipped (writers commit in sequence order). An order written again (lines appended) rebuilds
 * the counts from the store. A new model version gets a new `FreshOrders`: the delta resets.
 */
export class FreshOrders {
  readonly #o: FreshOrdersOptions
  readonly #limits: FreshLimits
  #state: State
  #version = 0
  #checkedAt = Number.NEGATIVE_INFINITY
  #reading: Promise<void> | undefined
  #again = false

  constructor(options: FreshOrdersOptions) {
    this.#o = options
    this.#limits = options.limits ?? DEFAULT_FRESH_LIMITS
    this.#state = this.#empty()
  }

  /** The evidence so far (undefined while there is none); starts a due read in the background. */
  snapshot(): FreshSnapshot | undefined {
    if (
      this.#reading === undefined &&
      !this.#state.full &&
      this.#o.now() - this.#checkedAt >= this.#o.pollMs
    )
      this.refresh().catch(() => undefined) // reported through onError
    const { delta } = this.#state
    return delta.baskets === 0 ? undefined : { delta, version: this.#version }
  }

  /** Orders were written through this instance: read them now, in the background. */
  changed(): void {
    if (this.#reading) this.#again = true
    else this.refresh().catch(() => undefined)
  }

  /** Reads the orders written since the last read; resolves when the counts include them. */
  refresh(): Promise<void> {
    if (this.#reading) return this.#reading
    this.#checkedAt = this.#o.now()
    this.#reading = this.#read()
      .catch((error: unknown) => {
        this.#o.onError(error, this.#o.storeId)
      })
      .finally(() => {
        this.#reading = undefined
        if (this.#again) {
          this.#again = false
          this.refresh().catch(() => undefined)
        }
      })
    return this.#reading
  }

  /** Orders counted so far (for tests and logs). */
  get orders(): number {
    return this.#state.ids.size
  }

  /** Whether a limit stopped the counting until the next training. */
  get full(): boolean {
    return this.#state.full
  }

  #empty(): State {
    const delta = new CooccurrenceDelta({ maxBasketSize: this.#o.maxBasketSize })
    return { delta, ids: new Set(), cursor: this.#o.through, pairs: 0, full: false }
  }

  async #read(): Promise<void> {
    if (this.#state.full) return
    if (await this.#readInto(this.#state, true)) return
    // An order counted before was written again: count everything after the model afresh,
    // then swap (requests keep the old counts meanwhile).
    const state = this.#empty()
    if (await this.#readInto(state, false)) {
      this.#state = state
      this.#version++
    } else this.#checkedAt = Number.NEGATIVE_INFINITY // written again meanwhile: next request
  }

  /** Adds the orders after `state.cursor`; false when an order already counted came again. */
  async #readInto(state: State, live: boolean): Promise<boolean> {
    const { maxOrders, maxPairs } = this.#limits
    for await (const { seq, order } of this.#o.feed.streamOrdersAfter(
      this.#o.storeId,
      state.cursor,
    )) {
      if (state.ids.has(order.id)) return false
      const skus = new Set<string>()
      for (const line of order.lines) if (line.quantity > 0) skus.add(line.sku)
      const n = skus.size
      const pairs = n > this.#o.maxBasketSize ? 0 : (n * (n - 1)) / 2
      if (state.ids.size >= maxOrders || state.pairs + pairs > maxPairs) {
        state.full = true
        return true
      }
      state.delta.addBasket(skus)
      state.ids.add(order.id)
      state.pairs += pairs
      state.cursor = seq
      if (live) this.#version++
    }
    return true
  }
}
