/**
 * The `importProducts` use case: parser outcomes in, products upserted by sku, a report out.
 * @module
 */
import type { Product, ProductOutcome } from 'upcross'
import type { Store } from '../ports/store.js'
import { BatchImport, type BatchImportOptions, type ImportRowProgress } from './batch-import.js'
import type { ImportCounts } from './outcome-tally.js'

/** How many products one batch (one transaction) holds by default. */
export const DEFAULT_PRODUCT_BATCH_SIZE = 1000

/** Progress of a running product import, as passed to `onProgress`. */
export interface ImportProductsProgress extends ImportRowProgress {
  productsInserted: number
  productsUpdated: number
}

/** Options of `importProducts`; a batch holds `batchSize` products. */
export interface ImportProductsOptions extends BatchImportOptions<ImportProductsProgress> {}

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
  const products = { inserted: 0, updated: 0 }
  const run = new BatchImport(options, DEFAULT_PRODUCT_BATCH_SIZE, () => ({
    productsInserted: products.inserted,
    productsUpdated: products.updated,
  }))
  const { tally, batchSize } = run
  let pending: Product[] = []

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return
    const batch = pending
    pending = []
    const result = await store.transaction((tx) => tx.upsertProducts(storeId, batch))
    // A sku repeated inside one batch is stored once; count the repeats as updates.
    const repeats = batch.length - result.inserted - result.updated
    products.inserted += result.inserted
    products.updated += result.updated + repeats
    run.batchDone()
  }

  for await (const outcome of outcomes) {
    const product = tally.see(outcome)
    if (product) {
      pending.push(product)
      if (pending.length >= batchSize) await flush()
    }
    run.rowDone()
  }
  await flush()
  run.progress()
  return { ...tally.counts, products, batches: run.batches }
}
