/**
 * The `importProducts` use case: parser outcomes in, products upserted by sku, a report out.
 * @module
 */
import type { Issue, Product, ProductOutcome } from 'upcross'
import { UpcrossError } from 'upcross'
import type { Store } from '../ports/store.js'
import { type ImportCounts, type IssueKind, OutcomeTally } from './outcome-tally.js'

/** How many products one batch (one transaction) holds by default. */
export const DEFAULT_PRODUCT_BATCH_SIZE = 1000

/** Progress of a running product import, as passed to `onProgress`. */
export interface ImportProductsProgress {
  rows: number
  accepted: number
  excludedRows: number
  rejectedRows: number
  productsInserted: number
  productsUpdated: number
}

/** Options of `importProducts`. */
export interface ImportProductsOptions {
  /** Products per batch; each batch is written in one transaction (default 1000). */
  batchSize?: number
  /** Called after every batch and every `progressEvery` rows. */
  onProgress?: (progress: ImportProductsProgress) => void
  /** Rows between two `onProgress` calls when no batch is written (default 10,000). */
  progressEvery?: number
  /** Issues of each kind kept in the report (default 10,000); the rest are only counted. */
  maxIssues?: number
  /** Called for every excluded or rejected issue, uncapped (e.g. to write a report file). */
  onIssue?: (kind: IssueKind, issue: Issue) => void
}

/** What a product import did. */
export interface ImportProductsReport extends ImportCounts {
  products: {
    /** Skus new to the store. */
    inserted: number
    /** Skus that were stored and have been replaced (a sku repeated in the file counts again). */
    updated: number
  }
  /** Transactions committed. */
  batches: number
}

/**
 * Imports products into `store` for tenant `storeId`, upserting by sku: a new sku is inserted,
 * a known one replaced whole; a sku repeated in the file ends with its last row.
 */
export async function importProducts(
  store: Store,
  storeId: string,
  outcomes: AsyncIterable<ProductOutcome> | Iterable<ProductOutcome>,
  options: ImportProductsOptions = {},
): Promise<ImportProductsReport> {
  const batchSize = options.batchSize ?? DEFAULT_PRODUCT_BATCH_SIZE
  const progressEvery = options.progressEvery ?? 10_000
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new UpcrossError(
      'invalid_input',
      `batch size must be a positive integer, not ${batchSize}`,
    )
  }
  const tally = new OutcomeTally(options.maxIssues, options.onIssue)
  const products = { inserted: 0, updated: 0 }
  let batches = 0
  let pending: Product[] = []

  const progress = (): void => {
    const c = tally.counts
    options.onProgress?.({
      rows: c.rows,
      accepted: c.accepted,
      excludedRows: c.excludedRows,
      rejectedRows: c.rejectedRows,
      productsInserted: products.inserted,
      productsUpdated: products.updated,
    })
  }

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return
    const batch = pending
    pending = []
    const result = await store.transaction((tx) => tx.upsertProducts(storeId, batch))
    // A sku repeated inside one batch is stored once; count the repeats as updates.
    const repeats = batch.length - result.inserted - result.updated
    products.inserted += result.inserted
    products.updated += result.updated + repeats
    batches++
    progress()
  }

  for await (const outcome of outcomes) {
    const product = tally.see(outcome)
    if (product) {
      pending.push(product)
      if (pending.length >= batchSize) await flush()
    }
    if (tally.counts.rows % progressEvery === 0) progress()
  }
  await flush()
  progress()
  return { ...tally.counts, products, batches }
}
