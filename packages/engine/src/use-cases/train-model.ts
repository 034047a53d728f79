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
  type TrainOptions,
  trainModel,
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

/** Trains on every order and product of one tenant of a store. */
export async function trainFromStore(
  store: Store,
  storeId: string,
  options: TrainUseCaseOptions = {},
): Promise<TrainResult> {
  const products: Product[] = options.products
    ? [...options.products]
    : await store.getProducts(storeId)
  return trainFromOrders(store.streamOrders(storeId), { ...options, products })
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
