/**
 * Baskets in compressed sparse rows: the one input every miner and evaluator reads.
 * @module
 */
import type { Order } from '../domain/order.js'
import { UpcrossError } from '../errors.js'
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
  /** Order id → basket index, to merge an order whose lines are not contiguous in the input. */
  private readonly orderBasket = new Map<string, number>()
  /** Late lines of orders already closed, merged into their basket at `build()`. */
  private readonly lateItems = new Map<number, number[]>()

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

  /**
   * Adds one order as one basket; lines with a non-positive quantity are ignored. An order id met
   * again later (its lines were not contiguous) is merged into the basket it started.
   */
  addOrder(order: Order): void {
    const earlier = this.orderBasket.get(order.id)
    if (earlier !== undefined) {
      const late = this.lateOf(earlier)
      for (const line of order.lines) if (line.quantity > 0) late.push(this.indexOf(line.sku))
      return
    }
    const before = this.basketCount
    const start = this.items.length
    for (const line of order.lines)
      if (line.quantity > 0) this.pushItem(this.indexOf(line.sku), line.unitPrice)
    this.closeOrder(order.id, before, start, order.orderedAt, order.customerId)
  }

  /**
   * `addOrder` for an order whose lines are already item indices: the lines
   * `items[from..to)` with their unit prices (`NaN` when unknown), every index one the
   * vocabulary holds (see `indexOf`). Lines of a non-positive quantity must be left out.
   */
  addIndexedOrder(
    id: string,
    items: Int32Array,
    prices: Float64Array,
    from: number,
    to: number,
    time: number | undefined,
    customerId: string | undefined,
  ): void {
    const earlier = this.orderBasket.get(id)
    if (earlier !== undefined) {
      const late = this.lateOf(earlier)
      for (let k = from; k < to; k++) late.push(this.checkedIndex(items[k]!))
      return
    }
    const before = this.basketCount
    const start = this.items.length
    for (let k = from; k < to; k++) this.pushItem(this.checkedIndex(items[k]!), prices[k])
    this.closeOrder(id, before, start, time, customerId)
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
    const { items, offsets } = this.mergedBaskets()
    return {
      items,
      offsets,
      basketCount: this.offsets.length - 1,
      skus: this.skus,
      times: this.anyTime ? this.times.toArray() : undefined,
      customers: this.anyCustomer ? this.customers.toArray() : undefined,
      customerIds: this.customerIds,
      prices,
    }
  }

  /** The baskets with late lines merged in (a rebuild only when some order was split). */
  private mergedBaskets(): { items: Int32Array; offsets: Int32Array } {
    const items = this.items.toArray()
    const offsets = this.offsets.toArray()
    if (this.lateItems.size === 0) return { items, offsets }
    const out = new IntBuffer(items.length + 1024)
    const outOffsets = new Int32Array(offsets.length)
    for (let b = 0; b < offsets.length - 1; b++) {
      const start = out.length
      for (let k = offsets[b]!; k < offsets[b + 1]!; k++) out.push(items[k]!)
      for (const i of this.lateItems.get(b) ?? []) out.push(i)
      out.truncate(sortUnique(out.raw(), start, out.length))
      outOffsets[b + 1] = out.length
    }
    return { items: out.toArray(), offsets: outOffsets }
  }

  private lateOf(basket: number): number[] {
    let late = this.lateItems.get(basket)
    if (!late) {
      late = []
      this.lateItems.set(basket, late)
    }
    return late
  }

  private checkedIndex(i: number): number {
    if (!(i >= 0 && i < this.skus.length))
      throw new UpcrossError('invalid_input', `item index ${i} is not in the vocabulary`)
    return i
  }

  private pushItem(i: number, unitPrice: number | undefined): void {
    this.items.push(i)
    if (unitPrice !== undefined && Number.isFinite(unitPrice)) {
      this.priceSum[i]! += unitPrice
      this.priceCount[i]! += 1
    }
  }

  /** Closes an order's basket and remembers its id, so later lines of the order join it. */
  private closeOrder(
    id: string,
    before: number,
    start: number,
    time: number | undefined,
    customerId: string | undefined,
  ): void {
    this.close(start, time, customerId)
    if (this.basketCount > before) this.orderBasket.set(id, before)
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
