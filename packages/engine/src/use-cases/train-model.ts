/**
 * The `train` use cases: orders from a store or straight from parsed files, a model out.
 * @module
 */

import type { Issue } from 'upcross'
import {
  BasketSetBuilder,
  groupConsecutiveLinesAsync,
  type Model,
  type Order,
  type OrderLine,
  type OrderLineOutcome,
  type Product,
  type TrainingInput,
  TrainingInputBuilder,
  type TrainOptions,
  trainFromInput,
  trainModel,
  UpcrossError,
} from 'upcross'
import type { Store } from '../ports/store.js'
import { type ImportCounts, type IssueKind, OutcomeTally } from './outcome-tally.js'

/** Progress of the reading phase of a training run. */
export interface TrainProgress {
  orders: number
  phase: 'reading' | 'mining'
}

/** Options shared by the training use cases. */
export interface TrainUseCaseOptions extends TrainOptions {
  onProgress?: (progress: TrainProgress) => void
}

/** What a training run produced. */
export interface TrainResult {
  model: Model
  /** Orders read (before merging orders whose lines were split in the input). */
  orders: number
}

/** Trains from a stream of orders (any source), with an optional catalog. */
export async function trainFromOrders(
  orders: AsyncIterable<Order> | Iterable<Order>,
  options: TrainUseCaseOptions = {},
): Promise<TrainResult> {
  const builder = new BasketSetBuilder()
  let count = 0
  for await (const order of orders) {
    builder.addOrder(order)
    if (++count % 10_000 === 0) options.onProgress?.({ orders: count, phase: 'reading' })
  }
  options.onProgress?.({ orders: count, phase: 'mining' })
  const { onProgress: _, ...trainOptions } = options
  return { model: trainModel(builder.build(), trainOptions), orders: count }
}

/** Options of `collectTrainingInput`. */
export interface CollectTrainingInputOptions {
  /** The catalog to train with; default the store's products. */
  products?: readonly Product[]
  /** Called every 10,000 orders read. */
  onProgress?: (progress: TrainProgress) => void
  /**
   * Checked before each order: once `aborted`, reading stops with `UpcrossError('unavailable')`
   * (an `AbortSignal` fits).
   */
  signal?: { readonly aborted: boolean }
  /**
   * Awaited every `PAUSE_EVERY_ORDERS` orders: a server gives other work its turn here (a store
   * whose driver is synchronous, like SQLite's, never waits for I/O between batches).
   */
  pause?: () => Promise<void>
}

/** How many orders `collectTrainingInput` reads between two `pause` calls. */
export const PAUSE_EVERY_ORDERS = 1000

/**
 * Reads every order and product of one tenant into a `TrainingInput`: the I/O half of
 * `trainFromStore`, cheap per order; `trainFromInput` (the core) does the mining, in this thread
 * or another one.
 */
export async function collectTrainingInput(
  store: Store,
  storeId: string,
  options: CollectTrainingInputOptions = {},
): Promise<TrainingInput> {
  const products: readonly Product[] = options.products ?? (await store.getProducts(storeId))
  const builder = new TrainingInputBuilder()
  // Read through a fixed point of the sequence: orders stored while reading are left to the
  // fresh evidence of serving (and the next training), never counted twice or lost between.
  const throughSeq = await store.lastOrderSeq(storeId)
  for await (const order of store.streamOrders(storeId, { throughSeq })) {
    if (options.signal?.aborted)
      throw new UpcrossError('unavailable', `reading the orders of store "${storeId}" was stopped`)
    builder.addOrder(order)
    if (builder.orderCount % 10_000 === 0)
      options.onProgress?.({ orders: builder.orderCount, phase: 'reading' })
    if (options.pause && builder.orderCount % PAUSE_EVERY_ORDERS === 0) await options.pause()
  }
  return builder.build(products, throughSeq)
}

/** Trains on every order and product of one tenant of a store (in this thread). */
export async function trainFromStore(
  store: Store,
  storeId: string,
  options: TrainUseCaseOptions = {},
): Promise<TrainResult> {
  const { onProgress, products, ...trainOptions } = options
  const input = await collectTrainingInput(store, storeId, { products, onProgress })
  const orders = input.orderIds.length
  onProgress?.({ orders, phase: 'mining' })
  return { model: trainFromInput(input, trainOptions), orders }
}

/** Options of `trainFromOutcomes`. */
export interface TrainFromOutcomesOptions extends TrainUseCaseOptions {
  /** Issues of each kind kept in memory (default 10,000). */
  maxIssues?: number
  onIssue?: (kind: IssueKind, issue: Issue) => void
}

/**
 * Trains straight from parser outcomes (no database): accepted lines are grouped into orders
 * (consecutive lines with one id), excluded and rejected rows are tallied for the report.
 */
export async function trainFromOutcomes(
  outcomes: AsyncIterable<OrderLineOutcome> | Iterable<OrderLineOutcome>,
  options: TrainFromOutcomesOptions = {},
): Promise<TrainResult & { counts: ImportCounts }> {
  const tally = new OutcomeTally(options.maxIssues, options.onIssue)
  async function* accepted(): AsyncGenerator<OrderLine> {
    for await (const outcome of outcomes) {
      const line = tally.see(outcome)
      if (line) yield line
    }
  }
  const { maxIssues: _m, onIssue: _i, ...rest } = options
  const result = await trainFromOrders(groupConsecutiveLinesAsync(accepted()), rest)
  return { ...result, counts: tally.counts }
}
