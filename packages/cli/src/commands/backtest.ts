/**
 * `upcross backtest`: replays real orders against the store's offer policy, top sellers and no
 * offers, and reports baskets touched, hit share and extra revenue and margin with 95 % CIs.
 * @module
 */
import { writeFileSync } from 'node:fs'
import { isPlacement, ORDER_FORMATS, type OrderFormat, UpcrossError } from 'upcross'
import { loadConfig } from '../config.js'
import { renderBacktest } from '../eval/report-backtest.js'
import { runBacktestCommand } from '../eval/run-backtest.js'
import { EXIT } from '../exit-codes.js'
import { readOfferSettings } from '../offer-settings-file.js'
import { parsePositiveInt } from '../options.js'
import { readProductFile } from '../product-file.js'
import type { RegisterCommand } from './register.js'

interface BacktestFlags {
  orders: string[]
  format: string
  products?: string
  productsFormat?: string
  offers?: string
  from?: string
  placement: string
  limit: number
  costShare?: string
  incrementality: string
  seed: number
  json?: boolean
  out?: string
}

const PLACEMENTS = ['cart', 'checkout', 'email_abandoned_cart', 'pos'] as const

function share(text: string, name: string): number {
  const x = Number(text)
  if (!(x >= 0 && x <= 1))
    throw new UpcrossError('invalid_input', `${name} must be a number from 0 to 1; found ${text}`)
  return x
}

/** Registers `upcross backtest`. */
export const registerBacktest: RegisterCommand = (program, setExit) => {
  program
    .command('backtest')
    .description(
      'replay real orders against upcross, top sellers and no offers: hits, extra revenue and margin with 95 % CIs',
    )
    .requiredOption(
      '--orders <files...>',
      'order files to replay (the earlier part trains the model)',
    )
    .option('--format <format>', `order file layout: ${ORDER_FORMATS.join(', ')}`, 'canonical')
    .option('--products <file>', 'the catalog (titles, prices, costs, relations)')
    .option('--products-format <format>', 'canonical, online-retail or instacart', 'canonical')
    .option('--offers <file>', 'the store’s offer settings JSON (docs/offers.md)')
    .option('--from <date>', 'first day replayed (ISO date); default: the last 20 % of orders')
    .option('--placement <placement>', `one of ${PLACEMENTS.join(', ')}`, 'cart')
    .option('--limit <n>', 'offers shown per basket', parsePositiveInt, 3)
    .option(
      '--cost-share <x>',
      'cost as a share of price where unknown (default: the settings’ assumed_cost_share, else 0.6)',
    )
    .option(
      '--incrementality <x>',
      'share of a taken offer’s revenue caused by it (1 = upper bound)',
      '1',
    )
    .option('--seed <n>', 'bootstrap seed', parsePositiveInt, 42)
    .option('--json', 'print the report as JSON')
    .option('--out <file>', 'also write the Markdown report to this file')
    .action(async (flags: BacktestFlags) => {
      setExit(await run(flags))
    })
}

async function run(flags: BacktestFlags): Promise<number> {
  const settings = readOfferSettings(flags.offers, loadConfig().currency)
  if (!isPlacement(flags.placement) || !(PLACEMENTS as readonly string[]).includes(flags.placement))
    throw new UpcrossError('invalid_input', `--placement must be one of ${PLACEMENTS.join(', ')}`)
  if (!(ORDER_FORMATS as readonly string[]).includes(flags.format))
    throw new UpcrossError(
      'invalid_input',
      `unknown --format ${flags.format}; use one of ${ORDER_FORMATS.join(', ')}`,
    )
  let from: number | undefined
  if (flags.from !== undefined) {
    from = Date.parse(flags.from)
    if (Number.isNaN(from))
      throw new UpcrossError('invalid_input', `--from must be an ISO date; found ${flags.from}`)
  }
  const products = flags.products
    ? (await readProductFile(flags.products, flags.productsFormat ?? 'canonical')).products
    : []
  const run: Parameters<typeof runBacktestCommand>[0] = {
    orders: flags.orders,
    format: flags.format as OrderFormat,
    products,
    settings,
    placement: flags.placement as (typeof PLACEMENTS)[number],
    limit: flags.limit,
    costShare:
      flags.costShare !== undefined
        ? share(flags.costShare, '--cost-share')
        : (settings.assumedCostShare ?? 0.6),
    incrementality: share(flags.incrementality, '--incrementality'),
    seed: flags.seed,
  }
  if (from !== undefined) run.from = from
  const result = await runBacktestCommand(run)
  const md = renderBacktest(result, flags.orders.join(', '), settings.currency)
  if (flags.out) writeFileSync(flags.out, md)
  process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : md)
  return EXIT.ok
}
