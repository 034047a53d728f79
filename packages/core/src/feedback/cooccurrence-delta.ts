/**
 * Co-occurrence evidence from orders placed after training, keyed by SKU so that products the
 * model has never seen get partners without a full retrain.
 * @module
 */

/** The plain-data form of a delta, for storing it between runs. */
export interface CooccurrenceDeltaData {
  baskets: number
  maxBasketSize: number
  /** [sku, baskets holding it]. */
  items: [string, number][]
  /** [a, b, baskets holding both] with a < b. */
  pairs: [string, string, number][]
}

/** Options of a delta. */
export interface CooccurrenceDeltaOptions {
  /**
   * Baskets with more distinct items still count for item counts but add no pairs, the rule of
   * training (default 200; pass the model's `meta.params.maxBasketSize`).
   */
  maxBasketSize?: number
}

/**
 * Item counts c_a and pair counts c_ab over the baskets added so far — the counts training would
 * make of the same baskets (a basket's duplicate SKUs count once). Adding is O(basket²); memory
 * grows with the distinct pairs seen, so a scheduled retrain folds the delta into the model and
 * starts a new one.
 */
export class CooccurrenceDelta {
  /** Baskets with more distinct items add item counts but no pairs. */
  readonly maxBasketSize: number
  private basketCount = 0
  private readonly items = new Map<string, number>()
  private readonly pairs = new Map<string, Map<string, number>>()

  constructor(options: CooccurrenceDeltaOptions = {}) {
    this.maxBasketSize = options.maxBasketSize ?? 200
  }

  /** Adds one order's SKUs; an empty basket is ignored (training ignores it too). */
  addBasket(skus: Iterable<string>): void {
    const distinct = [...new Set(skus)]
    if (distinct.length === 0) return
    this.basketCount++
    for (const s of distinct) this.items.set(s, (this.items.get(s) ?? 0) + 1)
    if (distinct.length > this.maxBasketSize) return
    for (let i = 0; i < distinct.length; i++)
      for (let j = i + 1; j < distinct.length; j++) {
        this.bump(distinct[i]!, distinct[j]!)
        this.bump(distinct[j]!, distinct[i]!)
      }
  }

  /** Baskets added. */
  get baskets(): number {
    return this.basketCount
  }

  /** c_a: baskets holding `sku` (0 when never seen). */
  itemCount(sku: string): number {
    return this.items.get(sku) ?? 0
  }

  /** c_ab: baskets holding both (symmetric; 0 when never together). */
  pairCount(a: string, b: string): number {
    return this.pairs.get(a)?.get(b) ?? 0
  }

  /** Every SKU seen with `sku`, with its pair count. */
  partners(sku: string): ReadonlyMap<string, number> {
    return this.pairs.get(sku) ?? new Map()
  }

  /** The delta as plain data (pairs once each, a < b). */
  toJSON(): CooccurrenceDeltaData {
    const pairs: [string, string, number][] = []
    for (const [a, row] of this.pairs) for (const [b, n] of row) if (a < b) pairs.push([a, b, n])
    return {
      baskets: this.basketCount,
      maxBasketSize: this.maxBasketSize,
      items: [...this.items],
      pairs,
    }
  }

  /** Rebuilds a delta from `toJSON` output. */
  static fromJSON(data: CooccurrenceDeltaData): CooccurrenceDelta {
    const d = new CooccurrenceDelta({ maxBasketSize: data.maxBasketSize })
    d.basketCount = data.baskets
    for (const [sku, n] of data.items) d.items.set(sku, n)
    for (const [a, b, n] of data.pairs) {
      d.add(a, b, n)
      d.add(b, a, n)
    }
    return d
  }

  private bump(a: string, b: string): void {
    this.add(a, b, 1)
  }

  private add(a: string, b: string, n: number): void {
    let row = this.pairs.get(a)
    if (!row) {
      row = new Map()
      this.pairs.set(a, row)
    }
    row.set(b, (row.get(b) ?? 0) + n)
  }
}
