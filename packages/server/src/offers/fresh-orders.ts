/**
 * Fresh evidence: the co-occurrence counts of the orders stored after the serving model was
 * trained, kept per model version in memory and read from the shared store in the background —
 * so every instance counts the same orders, whichever instance received them, and a product
 * new since the last training gets cross-sells before the next one (docs/offers.md).
 * @module
 */
import type { CatalogStore, OrderStore } from '@upcross/engine'
import { type CatalogItem, CooccurrenceDelta, catalogItems } from 'upcross'

/** What fresh evidence reads: the orders written after a point of the store's order sequence. */
export type OrderFeed = Pick<OrderStore, 'streamOrdersAfter'>

/** Where the facts of products new since training come from. */
export type CatalogFeed = Pick<CatalogStore, 'getProducts'>

/** SKUs asked of the catalog at once. */
const CATALOG_BATCH = 500

/**
 * How much one store's fresh evidence may hold before it stops growing (until the next
 * training): orders, and pair updates (Σ n(n−1)/2 over orders of n distinct items, an upper
 * bound on the distinct pairs kept, each about 100 bytes).
 */
export interface FreshLimits {
  maxOrders: number
  maxPairs: number
  /** Products new since training whose catalog facts are kept (more wait for the training). */
  maxNewSkus?: number
}

/** 50,000 orders or 500,000 pair updates (at most some 50 MB) per store; 5,000 new products. */
export const DEFAULT_FRESH_LIMITS: FreshLimits = Object.freeze({
  maxOrders: 50_000,
  maxPairs: 500_000,
  maxNewSkus: 5_000,
})

/** The evidence as one request reads it: the delta and a version that changes with it. */
export interface FreshSnapshot {
  delta: CooccurrenceDelta
  /** Changes whenever the delta or the new products' facts do (answer cache keys include it). */
  version: number
  /** The catalog facts of a product in the delta that the model lacks (undefined: not known). */
  facts: (sku: string) => CatalogItem | undefined
  /**
   * Whether `sku` was bought since training with a new product whose facts are known: a cart
   * holding it may be offered that product (one Set lookup).
   */
  hasNewPartner: (sku: string) => boolean
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
  /**
   * With `known` (whether the model holds a SKU): the catalog the facts of the SKUs new to the
   * model are read from, after the orders naming them; without, new products are never offered.
   */
  catalog?: CatalogFeed
  known?: (sku: string) => boolean
}

/**
 * The orders written after one model version of one store, as a `CooccurrenceDelta`. Reads are
 * synchronous (`snapshot`); the store is asked for newer orders at most once per poll interval,
 * in the background, or at once after this instance stored orders (`changed`). The store's
 * order sequence makes each read exact: only the orders written since the last read, never one
 * skipped (writers commit in sequence order). An order written again (lines appended) rebuilds
 * the counts from the store. A new model version gets a new `FreshOrders`: the delta resets.
 * The catalog facts of the products new to the model are read in the same background read, after
 * the orders that name them (again with each new order of them, so prices and stock follow), at
 * most `maxNewSkus` products; a product the catalog does not have is not offered.
 */
export class FreshOrders {
  readonly #o: FreshOrdersOptions
  readonly #limits: FreshLimits
  #state: State
  #version = 0
  /** Catalog facts of the new SKUs the catalog has. */
  readonly #items = new Map<string, CatalogItem>()
  /** New SKUs in orders read since the last catalog read, and every new SKU ever asked for. */
  #pending = new Set<string>()
  readonly #asked = new Set<string>()
  /** SKUs bought with a new SKU of `#items` (recomputed after each read). */
  #withNew: ReadonlySet<string> = new Set()
  #snapshot: FreshSnapshot | undefined
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
    if (delta.baskets === 0) return undefined
    // One object per version: a request costs no allocation, and equal versions compare equal.
    if (this.#snapshot?.delta !== delta || this.#snapshot.version !== this.#version)
      this.#snapshot = {
        delta,
        version: this.#version,
        facts: (sku) => this.item(sku),
        hasNewPartner: (sku) => this.#withNew.has(sku),
      }
    return this.#snapshot
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

  /** The catalog facts of a product new to the model, once read (no read starts here). */
  item(sku: string): CatalogItem | undefined {
    return this.#items.get(sku)
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
    try {
      await this.#readOrders()
    } finally {
      // Also after a failed read: the orders counted so far may name new products.
      await this.#readCatalog()
    }
  }

  async #readOrders(): Promise<void> {
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

  /**
   * Reads the facts of the new SKUs of the orders just read, in batches, then which SKUs were
   * bought with a new product that has facts — the per-request check is one Set lookup.
   */
  async #readCatalog(): Promise<void> {
    const { catalog } = this.#o
    if (!catalog || this.#pending.size === 0) return
    const skus = [...this.#pending]
    for (let at = 0; at < skus.length; at += CATALOG_BATCH) {
      const batch = skus.slice(at, at + CATALOG_BATCH)
      const found = catalogItems(await catalog.getProducts(this.#o.storeId, batch))
      for (const sku of batch) {
        const item = found.get(sku)
        const was = this.#items.get(sku)
        // Each change bumps the version at once, as each order counted does.
        if (item && Number.isFinite(item.price)) {
          if (!was || !sameItem(was, item)) {
            this.#items.set(sku, item)
            this.#version++
          }
        } else if (was) {
          this.#items.delete(sku)
          this.#version++
        }
      }
    }
    // Only once every batch was read: after a failure, the next read asks again.
    this.#pending = new Set()
    const withNew = new Set<string>()
    const { delta } = this.#state
    for (const sku of this.#items.keys()) for (const b of delta.partners(sku).keys()) withNew.add(b)
    // The orders that changed it were counted (and the version bumped) before this read: answers
    // cached meanwhile under that version must not outlive the new partners.
    if (!sameSet(withNew, this.#withNew)) this.#version++
    this.#withNew = withNew
  }

  /** Remembers a SKU of an order read that the model lacks, for the next catalog read. */
  #seen(sku: string): void {
    const { known, catalog } = this.#o
    if (!catalog || !known || known(sku)) return
    if (!this.#asked.has(sku)) {
      if (this.#asked.size >= (this.#limits.maxNewSkus ?? DEFAULT_FRESH_LIMITS.maxNewSkus!)) return
      this.#asked.add(sku)
    }
    this.#pending.add(sku)
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
      for (const sku of skus) this.#seen(sku)
      state.ids.add(order.id)
      state.pairs += pairs
      state.cursor = seq
      if (live) this.#version++
    }
    return true
  }
}

function sameItem(a: CatalogItem, b: CatalogItem): boolean {
  return (
    a.title === b.title &&
    a.category === b.category &&
    a.tags.join('\u0000') === b.tags.join('\u0000') &&
    Object.is(a.price, b.price) &&
    Object.is(a.cost, b.cost) &&
    Object.is(a.stock, b.stock)
  )
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false
  for (const x of a) if (!b.has(x)) return false
  return true
}
