/**
 * `upcross simulate-lift`: a holdout experiment replayed on real order history, to show the lift
 * report and its confidence intervals. Registration only; the runner is loaded on use.
 * @module
 */
import { ORDER_FORMATS } from 'upcross'
import { parseNonNegativeNumber, parsePositiveInt } from '../options.js'
import type { SimulateLiftFlags } from '../simulate/flags.js'
import type { RegisterCommand } from './register.js'

const AFTER_HELP = `
Orders sorted by time are split at --train-share; a model is trained on the first part. Every
customer is assigned to the holdout or the treated arm by a stable hash (the service's rule).
Each later order of a treated customer is "shown" the top offers for its cart before its last
line; an offer counts as taken only if that order holds the item. Nothing is made up: since the
customers never saw the offers, the true incremental lift is 0 and the report shows the noise
(docs/lift.md).

Examples:
  upcross simulate-lift
  upcross simulate-lift --orders orders.csv.gz --format canonical --holdout-share 0.5 --json`

/** Registers `upcross simulate-lift`. */
export const registerSimulateLift: RegisterCommand = (program, setExit) => {
  program
    .command('simulate-lift')
    .description('replay order history as a holdout test and print the lift report with 95 % CIs')
    .option(
      '--orders <file>',
      'order file (default: the demo store, data/demo/online_retail_france.csv.gz)',
    )
    .option('--format <format>', `order file layout: ${ORDER_FORMATS.join(', ')}`, 'online-retail')
    .option(
      '--train-share <share>',
      'share of orders (earliest first) to train on',
      parseNonNegativeNumber,
      0.8,
    )
    .option('--holdout-share <share>', 'share of customers held out', parseNonNegativeNumber, 0.2)
    .option('--salt <text>', 'salt of the holdout assignment', 'holdout')
    .option('--limit <n>', 'offers shown per order', parsePositiveInt, 3)
    .option('--window-days <days>', 'attribution window', parseNonNegativeNumber, 7)
    .option('--resamples <n>', 'bootstrap resamples', parsePositiveInt, 1000)
    .option('--seed <n>', 'seed of the bootstrap', parsePositiveInt, 42)
    .option(
      '--assumed-margin <share>',
      'assume each item costs (1 − share) of its mean price, to show margins (the file has no costs)',
      parseNonNegativeNumber,
    )
    .option('--json', 'print the report as JSON')
    .addHelpText('after', AFTER_HELP)
    .action(async (flags: SimulateLiftFlags) => {
      const { runSimulateLift } = await import('../simulate/run.js')
      setExit(await runSimulateLift(flags))
    })
}
