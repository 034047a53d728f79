/**
 * Training input as plain data: a store's orders as columns of typed arrays (SKUs and customers
 * as indices) plus its catalog. Collecting it is cheap (one pass, one map lookup per line); it
 * can be handed to another thread — the typed arrays transferred, not copied — and turned into a
 * model there (`trainFromInput`), the same model `trainModel` makes from the same orders.
 * @module
 */
import type { Order } from '../domain/order.js'
import type { Product } from '../domain/product.js'
import { type BasketSet, BasketSetBuilder } from '../mining/basket-set.js'
import { FloatBuffer, IntBuffer } from '../util/int-buffer.js'
import type { Model } from './model.js'
import { type TrainOptions, trainModel } from './train.js'

/**
 * Orders and catalog to train on. Order `o` has the lines `lineItems[orderOffsets[o] ..
 * orderOffsets[o+1])` — lines of a positive quantity only, in input order — with their unit
 * prices in `linePrices` (`NaN` when unknown).
 */
export interface TrainingInput {
  /** Item index → SKU, in order of first appearance. */
  readonly skus: readonly string[]
  /** Order index → order id (an id met twice is merged into one basket, as `addOrder` does). */
  readonly orderIds: readonly string[]
  /** `orderIds.length + 1` line offsets. */
  readonly orderOffsets: Int32Array
  /** Epoch milliseconds per order; `NaN` when unknown. */
  readonly orderTimes: Float64Array
  /** Customer index per order, `-1` for a guest. */
  readonly orderCustomers: Int32Array
  /** Customer index → customer id. */
  readonly customerIds: readonly string[]
  /** Item index per line. */
  readonly lineItems: Int32Array
  /** Unit price per line in minor units; `NaN` when unknown. */
  readonly linePrices: Float64Array
  /** The catalog (titles, categories, list prices, relations). */
  readonly products: readonly Product[]
  /**
   * The point of the order store's sequence the orders were read through, when the store keeps
   * one: the model records it (`meta.orderSeq`), and orders after it are fresh evidence.
   */
  readonly orderSeq?: number
}

/** Collects orders into a `TrainingInput`, one order at a time. */
export class TrainingInputBuilder {
  private readonly itemIndex = new Map<string, number>()
  private readonly skus: string[] = []
  private readonly customerIndex = new Map<string, number>()
  private readonly customerIds: string[] = []
  private readonly orderIds: string[] = []
  private readonly offsets = new IntBuffer(1 << 12)
  private readonly times = new FloatBuffer(1 << 12)
  private readonly customers = new IntBuffer(1 << 12)
  private readonly items = new IntBuffer(1 << 16)
  private readonly prices = new FloatBuffer(1 << 16)

  constructor() {
    this.offsets.push(0)
  }

  /** Number of orders added so far. */
  get orderCount(): number {
    return this.orderIds.length
  }

  /** Adds one order; lines with a non-positive quantity are left out. */
  addOrder(order: Order): void {
    for (const line of order.lines) {
      if (!(line.quantity > 0)) continue
      let i = this.itemIndex.get(line.sku)
      if (i === undefined) {
        i = this.skus.length
        this.itemIndex.set(line.sku, i)
        this.skus.push(line.sku)
      }
      this.items.push(i)
      this.prices.push(line.unitPrice ?? Number.NaN)
    }
    this.offsets.push(this.items.length)
    this.orderIds.push(order.id)
    this.times.push(order.orderedAt ?? Number.NaN)
    let c = -1
    if (order.customerId) {
      c = this.customerIndex.get(order.customerId) ?? -1
      if (c < 0) {
        c = this.customerIds.length
        this.customerIndex.set(order.customerId, c)
        this.customerIds.push(order.customerId)
      }
    }
    this.customers.push(c)
  }

  /** Freezes the orders with the catalog. The builder must not be used afterwards. */
  build(products: readonly Product[] = [], orderSeq?: number): TrainingInput {
    return {
      ...(orderSeq === undefined ? {} : { orderSeq }),
      skus: this.skus,
      orderIds: this.orderIds,
      orderOffsets: this.offsets.toArray(),
      orderTimes: this.times.toArray(),
      orderCustomers: this.customers.toArray(),
      customerIds: this.customerIds,
      lineItems: this.items.toArray(),
      linePrices: this.prices.toArray(),
      products,
    }
  }
}

/**
 * The buffers of the input's typed arrays, for a `postMessage` transfer list (the sender can no
 * longer read them afterwards).
 */
export function trainingInputBuffers(input: TrainingInput): ArrayBuffer[] {
  const arrays = [
    input.orderOffsets,
    input.orderTimes,
    input.orderCustomers,
    input.lineItems,
    input.linePrices,
  ]
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))]
}

/** The baskets of the input: what `BasketSetBuilder.addOrder` makes of the same orders. */
export function basketsOfInput(input: TrainingInput): BasketSet {
  const builder = new BasketSetBuilder()
  for (const sku of input.skus) builder.indexOf(sku)
  const { orderOffsets: offsets, orderTimes: times, orderCustomers: customers } = input
  for (let o = 0; o < input.orderIds.length; o++) {
    const t = times[o]!
    const c = customers[o]!
    builder.addIndexedOrder(
      input.orderIds[o]!,
      input.lineItems,
      input.linePrices,
      offsets[o]!,
      offsets[o + 1]!,
      Number.isNaN(t) ? undefined : t,
      c < 0 ? undefined : input.customerIds[c],
    )
  }
  return builder.build()
}

/** Mines the input into a model: `trainModel` over its baskets, with its catalog. */
export function trainFromInput(
  input: TrainingInput,
  options: Omit<TrainOptions, 'products'> = {},
): Model {
  const orderSeq = options.orderSeq ?? input.orderSeq
  return trainModel(basketsOfInput(input), {
    ...options,
    products: input.products,
    ...(orderSeq === undefined ? {} : { orderSeq }),
  })
}
