/**
 * Baskets in compressed sparse rows: the one input every miner and evaluator reads.
 * @module
 */
import type { Order } from '../domain/order.js'
import { FloatBuffer, IntBuffer } from '../util/int-buffer.js'

/**
 * A set of baskets over an item vocabulary. Basket `b` holds the item indices
 * `items[offsets[b] .. offsets[b+1])`, sorted ascending and without duplicates.
 */
export interface BasketSet {
  readonly items: Int32Array
  readonly offsets: Int32Array
  readonly basketCount: number
  /** Item index → SKU. */
  readonly skus: readonly string[]
  /** Epoch milliseconds per basket; `NaN` when unknown. Absent when no basket has a time. */
  readonly times: Float64Array | undefined
  /** Customer index per basket, `-1` for a guest. Absent when no basket has a customer. */
  readonly customers: Int32Array | undefined
  /** Customer index → customer id. */
  readonly customerIds: readonly string[]
  /** Mean unit price per item in minor units; `NaN` when unknown. */
  readonly prices: Float64Array
}

/** Builds a `BasketSet` from orders or raw item indices, de-duplicating items within a basket. */
export class BasketSetBuilder {
  private readonly itemIndex = new Map<string, number>()
  private readonly skus: string[] = []
  private readonly customerIndex = new Map<string, number>()
  private readonly customerIds: string[] = []
  private readonly items = new IntBuffer(1 << 16)
  private readonly offsets = new IntBuffer(1 << 12)
  private readonly times = new FloatBuffer(1 << 12)
  private readonly customers = new IntBuffer(1 << 12)
  private priceSum = new Float64Array(1024)
  private priceCount = new Float64Array(1024)
  private anyTime = false
  private anyCustomer = false

  constructor() {
    this.offsets.push(0)
  }

  /** The index of a SKU, adding it to the vocabulary when new. */
  indexOf(sku: string): number {
    let i = this.itemIndex.get(sku)
    if (i === undefined) {
      i = this.skus.length
      this.itemIndex.set(sku, i)
      this.skus.push(sku)
      if (i >= this.priceSum.length) {
        const sum = new Float64Array(this.priceSum.length * 2)
        sum.set(this.priceSum)
        this.priceSum = sum
        const count = new Float64Array(this.priceCount.length * 2)
        count.set(this.priceCount)
        this.priceCount = count
      }
    }
    return i
  }

  /** Adds one order as one basket; lines with a non-positive quantity are ignored. */
  addOrder(order: Order): void {
    const start = this.items.length
    for (const line of order.lines) {
      if (!(line.quantity > 0)) continue
      const i = this.indexOf(line.sku)
      this.items.push(i)
      if (line.unitPrice !== undefined && Number.isFinite(line.unitPrice)) {
        this.priceSum[i]! += line.unitPrice
        this.priceCount[i]! += 1
      }
    }
    this.close(start, order.orderedAt, order.customerId)
  }

  /** Adds one basket of SKUs. */
  addSkus(skus: Iterable<string>, time?: number, customerId?: string): void {
    const start = this.items.length
    for (const sku of skus) this.items.push(this.indexOf(sku))
    this.close(start, time, customerId)
  }

  /** Number of baskets added so far. */
  get basketCount(): number {
    return this.offsets.length - 1
  }

  /** Freezes the baskets into a `BasketSet`. The builder must not be used afterwards. */
  build(): BasketSet {
    const n = this.skus.length
    const prices = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      const c = this.priceCount[i]!
      prices[i] = c > 0 ? this.priceSum[i]! / c : Number.NaN
    }
    return {
      items: this.items.toArray(),
      offsets: this.offsets.toArray(),
      basketCount: this.offsets.length - 1,
      skus: this.skus,
      times: this.anyTime ? this.times.toArray() : undefined,
      customers: this.anyCustomer ? this.customers.toArray() : undefined,
      customerIds: this.customerIds,
      prices,
    }
  }

  private close(start: number, time: number | undefined, customerId: string | undefined): void {
    const end = sortUnique(this.items.raw(), start, this.items.length)
    this.items.truncate(end)
    if (end === start) return // an empty basket carries no signal
    this.offsets.push(end)
    const t = time ?? Number.NaN
    if (!Number.isNaN(t)) this.anyTime = true
    this.times.push(t)
    let c = -1
    if (customerId) {
      this.anyCustomer = true
      c = this.customerIndex.get(customerId) ?? -1
      if (c < 0) {
        c = this.customerIds.length
        this.customerIndex.set(customerId, c)
        this.customerIds.push(customerId)
      }
    }
    this.customers.push(c)
  }
}

/** Sorts `a[start..end)` ascending in place, drops duplicates, and returns the new end. */
export function sortUnique(a: Int32Array, start: number, end: number): number {
  const n = end - start
  if (n < 2) return end
  if (n <= 32) {
    for (let i = start + 1; i < end; i++) {
      const v = a[i]!
      let j = i - 1
      while (j >= start && a[j]! > v) {
        a[j + 1] = a[j]!
        j--
      }
      a[j + 1] = v
    }
  } else {
    a.subarray(start, end).sort()
  }
  let w = start + 1
  for (let r = start + 1; r < end; r++) if (a[r] !== a[w - 1]) a[w++] = a[r]!
  return w
}

/** The SKUs of basket `b`. */
export function basketSkus(set: BasketSet, b: number): string[] {
  const out: string[] = []
  for (let k = set.offsets[b]!; k < set.offsets[b + 1]!; k++) out.push(set.skus[set.items[k]!]!)
  return out
}
