/**
 * `upcross train`: mine the order history (from files or the database) into a model file.
 * @module
 */
import type { Command } from 'commander'
import { ORDER_FORMATS } from 'upcross'
import { parseNonNegativeNumber, parsePositiveInt } from '../options.js'
import type { RegisterCommand } from './register.js'
import type { TrainFlags } from './train-options.js'

/** Registers `upcross train`. */
export const registerTrain: RegisterCommand = (program: Command, setExit) => {
  program
    .command('train')
    .description('mine the order history into a model file (from --orders files, or the database)')
    .requiredOption('--out <file>', 'where to write the model (.upx)')
    .option('--orders <files...>', 'train straight from order files instead of the database')
    .option('--products <file>', 'catalog file (titles, categories, list prices)')
    .option('--format <format>', `order file layout: ${ORDER_FORMATS.join(', ')}`, 'canonical')
    .option(
      '--products-format <format>',
      'catalog layout: canonical, online-retail, instacart',
      'canonical',
    )
    .option(
      '--db <url>',
      'database URL (default: UPCROSS_DATABASE_URL or sqlite:./data/upcross.db)',
    )
    .option('--store <id>', 'store (tenant) id')
    .option(
      '--half-life-days <days>',
      'time decay: an order this old counts half',
      parseNonNegativeNumber,
    )
    .option(
      '--max-basket-size <n>',
      'orders with more items add no pairs (default 200)',
      parsePositiveInt,
    )
    .option(
      '--neighbours <n>',
      'cross-sell neighbours kept per item (default 100)',
      parsePositiveInt,
    )
    .option(
      '--min-item-count <n>',
      'items in fewer orders get no neighbours (default 1)',
      parsePositiveInt,
    )
    .option('--json', 'print the summary as JSON')
    .action(async (flags: TrainFlags) => {
      // Loaded on use: the database driver is not needed by the other commands' start-up.
      const { runTrain } = await import('../train-run.js')
      setExit(await runTrain(flags))
    })
}
