/**
 * Each instance keeps the latest model of each store deserialised in memory and checks the store
 * for a newer version at most once per poll interval, in the background: a request never waits
 * for the database once a model is loaded, and every instance converges on the same model. With
 * each model goes the fresh evidence of the orders stored after it (`fresh-orders.ts`).
 * @module
 */
import type { ModelStore, StoredModel } from '@upcross/engine'
import { deserializeModel, type Model, type NameOf, UpcrossError } from 'upcross'
import { type CatalogFeed, type FreshLimits, FreshOrders, type OrderFeed } from './fresh-orders.js'

/** A model ready to serve, with what serving derives from it once. */
export interface ServingModel {
  storeId: string
  version: number
  model: Model
  /**
   * The product title of a SKU for sentences (the SKU itself when the catalog had none); a
   * product new since training: its title from the fresh evidence's catalog facts.
   */
  nameOf: NameOf
  /** The product title of a SKU, or '' when the catalog had none (new products as `nameOf`). */
  titleOf: (sku: string) => string
  /**
   * The orders stored after this model (fresh evidence); undefined when the store did not record
   * which orders the model holds (a model saved before it kept an order sequence).
   */
  fresh: FreshOrders | undefined
}

interface Entry {
  serving: ServingModel | undefined
  /** When the store was last asked for the latest version (monotonic ms). */
  checkedAt: number
  refreshing: Promise<ServingModel | undefined> | undefined
}

/** Loads models on first use and reloads them when the stored version changes. */
export class ModelCache {
  readonly #entries = new Map<string, Entry>()
  readonly #store: ModelStore & OrderFeed & CatalogFeed
  readonly #pollMs: number
  readonly #now: () => number
  readonly #onError: (error: unknown, storeId: string) => void
  readonly #freshLimits: FreshLimits | undefined

  /**
   * `store` gives the models, the orders stored after them and the catalog facts of the products
   * new since; fresh evidence follows the orders within `pollMs` too (`freshLimits` bound it per
   * store).
   */
  constructor(
    store: ModelStore & OrderFeed & CatalogFeed,
    pollMs: number,
    now: () => number,
    onError: (error: unknown, storeId: string) => void,
    freshLimits?: FreshLimits,
  ) {
    this.#store = store
    this.#pollMs = pollMs
    this.#now = now
    this.#onError = onError
    this.#freshLimits = freshLimits
  }

  /**
   * The store's model (or `undefined` when none was trained), synchronously when cached: a due
   * version check runs in the background and the cached model answers meanwhile.
   */
  get(storeId: string): ServingModel | undefined | Promise<ServingModel | undefined> {
    const entry = this.#entries.get(storeId)
    if (entry === undefined) return this.#refresh(storeId, undefined)
    if (entry.serving === undefined && entry.refreshing !== undefined) return entry.refreshing
    if (entry.refreshing === undefined && this.#now() - entry.checkedAt >= this.#pollMs) {
      const refresh = this.#refresh(storeId, entry)
      if (entry.serving === undefined) return refresh
      refresh.catch(() => undefined) // reported through onError; the cached model answers
    }
    return entry.serving
  }

  /** Makes the next `get` check the store (after this instance saved a new model). */
  invalidate(storeId: string): void {
    const entry = this.#entries.get(storeId)
    if (entry) entry.checkedAt = Number.NEGATIVE_INFINITY
  }

  /**
   * This instance stored orders of the store: its fresh evidence reads them now, in the
   * background (other instances within their poll interval).
   */
  ordersStored(storeId: string): void {
    this.#entries.get(storeId)?.serving?.fresh?.changed()
  }

  #refresh(storeId: string, known: Entry | undefined): Promise<ServingModel | undefined> {
    const entry: Entry = known ?? {
      serving: undefined,
      checkedAt: this.#now(),
      refreshing: undefined,
    }
    if (!known) this.#entries.set(storeId, entry)
    entry.checkedAt = this.#now()
    const run = async (): Promise<ServingModel | undefined> => {
      try {
        const version = await this.#store.latestModelVersion(storeId)
        if (version === 0 || version === entry.serving?.version) return entry.serving
        const stored = await this.#store.latestModel(storeId)
        if (stored === undefined) return entry.serving
        entry.serving = this.#serving(storeId, stored, deserializeModel(stored.bytes))
        return entry.serving
      } catch (error) {
        this.#onError(error, storeId)
        if (entry.serving === undefined) {
          // Nothing to fall back on: ask again on the next request, and tell this one.
          this.#entries.delete(storeId)
          throw error
        }
        return entry.serving
      } finally {
        entry.refreshing = undefined
      }
    }
    entry.refreshing = run()
    return entry.refreshing
  }

  #serving(storeId: string, stored: StoredModel, model: Model): ServingModel {
    const titleOf = (sku: string): string => {
      const i = model.itemIndex.get(sku)
      if (i !== undefined) return model.titles[i] ?? ''
      // Products new since training are offered with the catalog facts the fresh evidence read.
      return fresh?.item(sku)?.title ?? ''
    }
    const nameOf: NameOf = (sku) => titleOf(sku) || sku
    // Where the model's orders end: the point training read through when it says so (exact),
    // else the point at which the model was saved.
    const through = model.meta.orderSeq ?? stored.orderSeq
    const fresh =
      through === undefined
        ? undefined
        : new FreshOrders({
            feed: this.#store,
            catalog: this.#store,
            known: (sku) => model.itemIndex.has(sku),
            storeId,
            through,
            maxBasketSize: model.meta.params.maxBasketSize,
            pollMs: this.#pollMs,
            now: this.#now,
            onError: (error, id) =>
              this.#onError(
                new UpcrossError(
                  'unavailable',
                  `reading the orders stored after model ${stored.version} of store "${id}" (or the catalog facts of their new products) failed`,
                  { cause: error },
                ),
                id,
              ),
            ...(this.#freshLimits ? { limits: this.#freshLimits } : {}),
          })
    // Start counting now, so the first requests after a new model already have the counts.
    fresh?.refresh().catch(() => undefined)
    return { storeId, version: stored.version, model, nameOf, titleOf, fresh }
  }
}
