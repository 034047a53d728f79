/**
 * A per-store value loaded on first use and reloaded in the background at most once per poll
 * interval: requests read memory, and every instance converges on what the shared store holds.
 * @module
 */

interface Entry<T> {
  value: T | undefined
  checkedAt: number
  loading: Promise<T> | undefined
}

/** Keeps one value per store, refreshed from `load` at most every `pollMs`. */
export class PolledCache<T> {
  readonly #entries = new Map<string, Entry<T>>()

  constructor(
    private readonly load: (storeId: string) => Promise<T>,
    private readonly pollMs: number,
    private readonly now: () => number,
    private readonly onError: (error: unknown, storeId: string) => void,
  ) {}

  /** The value, synchronously once loaded (a due refresh runs in the background). */
  get(storeId: string): T | Promise<T> {
    const entry = this.#entries.get(storeId)
    if (entry === undefined || entry.value === undefined) return this.#refresh(storeId)
    if (entry.loading === undefined && this.now() - entry.checkedAt >= this.pollMs)
      this.#refresh(storeId).catch(() => undefined) // reported through onError
    return entry.value
  }

  /**
   * Forgets the value (after this instance changed what it is built from): the next `get` waits
   * for the new one, so this instance never answers from what it just replaced.
   */
  invalidate(storeId: string): void {
    const entry = this.#entries.get(storeId)
    if (entry && entry.loading === undefined) this.#entries.delete(storeId)
    else if (entry) entry.checkedAt = Number.NEGATIVE_INFINITY
  }

  #refresh(storeId: string): Promise<T> {
    let entry = this.#entries.get(storeId)
    if (!entry) {
      entry = { value: undefined, checkedAt: this.now(), loading: undefined }
      this.#entries.set(storeId, entry)
    }
    if (entry.loading) return entry.loading
    const e = entry
    e.checkedAt = this.now()
    e.loading = this.load(storeId)
      .then((value) => {
        e.value = value
        return value
      })
      .catch((error: unknown) => {
        this.onError(error, storeId)
        if (e.value === undefined) {
          this.#entries.delete(storeId)
          throw error
        }
        return e.value
      })
      .finally(() => {
        e.loading = undefined
      })
    return e.loading
  }
}
