/**
 * The work of `upcross simulate-lift`, loaded only when the command runs.
 * @module
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  DAY_MS,
  liftReport,
  ORDER_FORMATS,
  type OrderFormat,
  offerAnalytics,
  summarizeOrders,
  UpcrossError,
  unitOutcomes,
} from 'upcross'
import { EXIT } from '../exit-codes.js'
import { assumedCosts } from './costs.js'
import type { SimulateLiftFlags } from './flags.js'
import { readHistory } from './read-orders.js'
import { replayHistory } from './replay.js'
import { formatLiftText, type SimulationReport } from './report.js'

/** The demo store's orders, found from this file (src/ or dist/) up to the repository root. */
export const DEMO_ORDERS = fileURLToPath(
  new URL('../../../../data/demo/online_retail_france.csv.gz', import.meta.url),
)

/** Replays the history as a holdout test and prints the report; returns the exit code. */
export async function runSimulateLift(flags: SimulateLiftFlags): Promise<number> {
  const report = await simulateLift(flags)
  process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatLiftText(report))
  return EXIT.ok
}

/** Reads, replays and measures; the report as data. */
export async function simulateLift(flags: SimulateLiftFlags): Promise<SimulationReport> {
  if (!(ORDER_FORMATS as readonly string[]).includes(flags.format))
    throw new UpcrossError(
      'invalid_input',
      `unknown --format ${flags.format}; use one of ${ORDER_FORMATS.join(', ')}`,
    )
  for (const [name, value] of [
    ['--train-share', flags.trainShare],
    ['--holdout-share', flags.holdoutShare],
  ] as const)
    if (!(value > 0 && value < 1))
      throw new UpcrossError('invalid_input', `${name} must be between 0 and 1 (exclusive)`)
  if (flags.assumedMargin !== undefined && !(flags.assumedMargin < 1))
    throw new UpcrossError('invalid_input', '--assumed-margin must be below 1')
  const path = flags.orders ?? DEMO_ORDERS
  if (!flags.orders && !existsSync(path))
    throw new UpcrossError('invalid_input', `demo orders not found at ${path}; pass --orders`)
  const history = await readHistory(path, flags.format as OrderFormat)
  const holdout = { share: flags.holdoutShare, salt: flags.salt }
  const replay = replayHistory(history.orders, {
    trainShare: flags.trainShare,
    holdout,
    limit: flags.limit,
  })
  if (replay.trainOrders === 0 || replay.testOrders === 0)
    throw new UpcrossError(
      'precondition_failed',
      `${history.orders.length} orders with a customer and a time: too few to train and replay`,
    )
  const cost =
    flags.assumedMargin === undefined
      ? undefined
      : assumedCosts(history.orders, flags.assumedMargin)
  const windowMs = flags.windowDays * DAY_MS
  const lift = (events: typeof replay.events) =>
    liftReport(unitOutcomes(summarizeOrders(events, cost), { population: replay.population }), {
      seed: flags.seed,
      resamples: flags.resamples,
    })
  const analytics = offerAnalytics(replay.events, { cost, windowMs })
  return {
    input: {
      path: flags.orders ?? 'data/demo/online_retail_france.csv.gz',
      format: flags.format,
      orders: history.orders.length,
      lines: history.lines,
      excludedRows: history.excludedRows,
      rejectedRows: history.rejectedRows,
      droppedOrders: history.droppedOrders,
    },
    settings: {
      trainShare: flags.trainShare,
      holdout,
      limit: flags.limit,
      placement: 'cart',
      windowDays: flags.windowDays,
      assumedMargin: flags.assumedMargin ?? null,
    },
    split: {
      trainOrders: replay.trainOrders,
      testOrders: replay.testOrders,
      trainFrom: iso(replay.trainSpan[0]),
      trainTo: iso(replay.trainSpan[1]),
      testFrom: iso(replay.testSpan[0]),
      testTo: iso(replay.testSpan[1]),
    },
    offers: analytics.totals,
    lift: lift(replay.events),
    before: lift(replay.trainEvents),
  }
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10)
}
