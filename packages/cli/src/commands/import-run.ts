/**
 * The work behind `upcross import orders|products`: open the source (which checks the files),
 * load the configuration, open the store, import, print the summary, choose the exit code.
 * @module
 */
import { type ImportCounts, type IssueKind, importOrders, importProducts } from '@upcross/engine'
import { openStore } from '@upcross/store-sql'
import type { Issue, OrderFormat, Product } from 'upcross'
import { type Config, loadConfig } from '../config.js'
import { EXIT } from '../exit-codes.js'
import { openOrderSource, openProductSource, type ProductFormat } from '../io/index.js'
import { checkCatalog, collectProducts } from './catalog-issues.js'
import type { ImportCliOptions } from './import-options.js'
import { createImportProgress, type ImportProgress } from './import-progress.js'
import { formatImportSummary } from './import-summary.js'
import { openIssueReportFile } from './issue-report-file.js'

type OpenedStore = Awaited<ReturnType<typeof openStore>>

/** What an import run gets besides the store. */
interface Session {
  config: Config
  progress: ImportProgress
  batch: { batchSize?: number; onIssue?: (kind: IssueKind, issue: Issue) => void }
}

/** Loads the configuration, opens the report file and the store, runs `work`, always cleans up. */
async function withStore<T>(
  options: ImportCliOptions,
  what: string,
  work: (store: OpenedStore, session: Session) => Promise<T>,
): Promise<{ value: T; config: Config }> {
  const config = loadConfig({ flags: { databaseUrl: options.db, storeId: options.store } })
  const report = options.report === undefined ? undefined : openIssueReportFile(options.report)
  const progress = createImportProgress(what, options.progress)
  try {
    const store = await openStore(config.databaseUrl)
    try {
      const batch: Session['batch'] = {}
      if (options.batchSize !== undefined) batch.batchSize = options.batchSize
      if (report) batch.onIssue = (kind, issue) => report.write(kind, issue)
      return { value: await work(store, { config, progress, batch }), config }
    } finally {
      await store.close()
    }
  } finally {
    progress.stop()
    report?.close()
  }
}

function exitFor(counts: ImportCounts): number {
  return counts.rejectedRows > 0 ? EXIT.rejectedRows : EXIT.ok
}

/** Runs `upcross import orders`; resolves to the exit code (3 when rows were rejected). */
export async function runImportOrders(files: string[], options: ImportCliOptions): Promise<number> {
  const source = openOrderSource(files, options.format as OrderFormat)
  const { value: result, config } = await withStore(options, 'orders', (store, s) =>
    importOrders(store, s.config.storeId, source, {
      ...s.batch,
      onProgress: (p) =>
        s.progress.update({
          rows: p.rows,
          accepted: p.accepted,
          rejected: p.rejectedRows,
          stored: p.ordersInserted,
          present: p.ordersDuplicate,
        }),
    }),
  )
  const title = `import orders (${options.format}) from ${files.length} file(s) into ${config.databaseUrl}, store "${config.storeId}"`
  const results: [string, number][] = [
    ['orders inserted', result.orders.inserted],
    ['orders already present (duplicates)', result.orders.duplicates],
  ]
  if (result.orders.merged > 0)
    results.push(['later parts merged into orders', result.orders.merged])
  process.stdout.write(formatImportSummary(title, result, results, options.report))
  return exitFor(result)
}

/**
 * Runs `upcross import products`; resolves to the exit code (3 when rows were rejected or the
 * catalog has issues: unknown SKUs in relations, cycles, tier conflicts, self relations).
 */
export async function runImportProducts(file: string, options: ImportCliOptions): Promise<number> {
  const accepted: Product[] = []
  const source = collectProducts(openProductSource(file, options.format as ProductFormat), accepted)
  const { value: result, config } = await withStore(options, 'products', (store, s) =>
    importProducts(store, s.config.storeId, source, {
      ...s.batch,
      onProgress: (p) =>
        s.progress.update({
          rows: p.rows,
          accepted: p.accepted,
          rejected: p.rejectedRows,
          stored: p.productsInserted,
          present: p.productsUpdated,
        }),
    }),
  )
  const title = `import products (${options.format}) from ${file} into ${config.databaseUrl}, store "${config.storeId}"`
  const results: [string, number][] = [
    ['products inserted', result.products.inserted],
    ['products updated', result.products.updated],
  ]
  process.stdout.write(formatImportSummary(title, result, results, options.report))
  const catalog = checkCatalog(accepted)
  process.stdout.write(catalog.text)
  return catalog.issues.length > 0 ? EXIT.rejectedRows : exitFor(result)
}
