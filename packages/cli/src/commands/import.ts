/**
 * `upcross import orders|products`: load files into the store (SQLite by default).
 * Registration only; the work is loaded on first use so the CLI starts fast.
 * @module
 */
import { type Command, Option } from 'commander'
import { ORDER_FORMATS } from 'upcross'
import { PRODUCT_FORMATS } from '../io/index.js'
import { parsePositiveInt } from '../options.js'
import type { ImportCliOptions } from './import-options.js'
import type { RegisterCommand } from './register.js'

function common(cmd: Command): Command {
  return cmd
    .option('--db <url>', 'database URL (sqlite:<path>, sqlite::memory:); env UPCROSS_DATABASE_URL')
    .option('--store <id>', 'store (tenant) id; env UPCROSS_STORE_ID')
    .option('--report <file>', 'write every excluded and rejected row as JSON lines')
    .option('--batch-size <n>', 'orders (products) per transaction, default 1000', parsePositiveInt)
    .option('--no-progress', 'do not show progress on stderr')
}

/** Registers `import orders` and `import products`. */
export const registerImport: RegisterCommand = (program, setExit) => {
  const cmd = program.command('import').description('import order or product files into the store')
  common(
    cmd
      .command('orders')
      .description(
        'import order lines; an order already stored is skipped (imports are idempotent)',
      )
      .argument('<files...>', 'order files, read in the order given')
      .addOption(
        new Option('--format <format>', 'file layout').choices(ORDER_FORMATS).default('canonical'),
      ),
  ).action(async (files: string[], options: ImportCliOptions) => {
    const { runImportOrders } = await import('./import-run.js')
    setExit(await runImportOrders(files, options))
  })
  common(
    cmd
      .command('products')
      .description('import a product catalog; a known sku is replaced')
      .argument('<file>', 'product file')
      .addOption(
        new Option('--format <format>', 'file layout')
          .choices(PRODUCT_FORMATS)
          .default('canonical'),
      ),
  ).action(async (file: string, options: ImportCliOptions) => {
    const { runImportProducts } = await import('./import-run.js')
    setExit(await runImportProducts(file, options))
  })
}
