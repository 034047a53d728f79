/**
 * The work of `upcross train`, loaded only when the command runs.
 * @module
 */
import {
  type TrainResult,
  type TrainUseCaseOptions,
  trainFromOutcomes,
  trainFromStore,
} from '@upcross/engine'
import { openStore } from '@upcross/store-sql'
import { formatIssue, ORDER_FORMATS, type OrderFormat, UpcrossError } from 'upcross'
import { checkCatalog } from './commands/catalog-issues.js'
import type { TrainFlags } from './commands/train-options.js'
import { loadConfig } from './config.js'
import { EXIT } from './exit-codes.js'
import { openOrderSource } from './io/index.js'
import { writeModelFile } from './model-file.js'
import { readProductFile } from './product-file.js'

/** Trains from files or the database, writes the model, prints a summary; returns the exit code. */
export async function runTrain(flags: TrainFlags): Promise<number> {
  if (!(ORDER_FORMATS as readonly string[]).includes(flags.format)) {
    throw new UpcrossError(
      'invalid_input',
      `unknown --format ${flags.format}; use one of ${ORDER_FORMATS.join(', ')}`,
    )
  }
  const started = performance.now()
  const options: TrainUseCaseOptions = { trainedAt: new Date().toISOString() }
  if (flags.halfLifeDays !== undefined) options.halfLifeDays = flags.halfLifeDays
  if (flags.maxBasketSize !== undefined) options.maxBasketSize = flags.maxBasketSize
  if (flags.neighbours !== undefined) options.neighboursPerItem = flags.neighbours
  if (flags.minItemCount !== undefined) options.minItemCount = flags.minItemCount
  // Rejected catalog rows make the run end with exit code 3, like rejected order rows.
  let rejectedRows = 0
  if (flags.products) {
    const catalog = await readProductFile(flags.products, flags.productsFormat)
    options.products = catalog.products
    rejectedRows += catalog.rejected
    // Catalog issues are warnings here: invalid relations are ignored and training goes on.
    process.stderr.write(checkCatalog(catalog.products, 'warning: ').text)
  }
  options.onProgress = (p) => {
    if (!flags.json)
      process.stderr.write(`\r${p.phase === 'reading' ? 'reading' : 'mining'}: ${p.orders} orders`)
  }
  let result: TrainResult
  if (flags.orders && flags.orders.length > 0) {
    const fromFiles = await trainFromOutcomes(
      openOrderSource(flags.orders, flags.format as OrderFormat),
      options,
    )
    result = fromFiles
    rejectedRows += fromFiles.counts.rejectedRows
    if (!flags.json) {
      process.stderr.write('\n')
      const c = fromFiles.counts
      process.stderr.write(
        `rows ${c.rows}: accepted ${c.accepted}, excluded ${c.excludedRows}, rejected ${c.rejectedRows}\n`,
      )
      for (const issue of c.rejected.slice(0, 20))
        process.stderr.write(`  rejected ${formatIssue(issue)}\n`)
    }
  } else {
    const config = loadConfig({ flags: configFlags(flags) })
    const store = await openStore(config.databaseUrl)
    try {
      result = await trainFromStore(store, config.storeId, options)
    } finally {
      await store.close()
    }
    if (!flags.json) process.stderr.write('\n')
  }
  if (result.model.meta.baskets === 0) {
    throw new UpcrossError(
      'precondition_failed',
      'no orders to train on: import orders first, or pass --orders files',
    )
  }
  const bytes = await writeModelFile(flags.out, result.model)
  const meta = result.model.meta
  const summary = {
    out: flags.out,
    bytes,
    orders: result.orders,
    baskets: meta.baskets,
    items: meta.items,
    customers: meta.customers,
    neighbourLinks: result.model.neighbours.items.length,
    skippedBaskets: meta.skippedBaskets,
    seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
  }
  if (flags.json) process.stdout.write(`${JSON.stringify(summary)}\n`)
  else {
    process.stdout.write(
      `trained ${summary.out}: ${summary.baskets} orders, ${summary.items} items, ${summary.customers} customers, ` +
        `${summary.neighbourLinks} cross-sell links, ${(bytes / 1024).toFixed(0)} KiB in ${summary.seconds} s\n`,
    )
    if (meta.skippedBaskets > 0) {
      process.stdout.write(
        `  ${meta.skippedBaskets} orders larger than ${meta.params.maxBasketSize} items added no pairs\n`,
      )
    }
  }
  return rejectedRows > 0 ? EXIT.rejectedRows : EXIT.ok
}

function configFlags(flags: TrainFlags): { databaseUrl?: string; storeId?: string } {
  const out: { databaseUrl?: string; storeId?: string } = {}
  if (flags.db) out.databaseUrl = flags.db
  if (flags.store) out.storeId = flags.store
  return out
}
