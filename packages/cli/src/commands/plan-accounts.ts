/**
 * `upcross plan-accounts`: for each customer or B2B account, the product lines they do not buy
 * yet but similar customers do, ranked by expected value, as CSV for the sales team.
 * @module
 */
import type { Command } from 'commander'
import { InvalidArgumentError } from 'commander'
import { stringify } from 'csv-stringify/sync'
import { type AccountPlan, formatMinor, type Model, planAccounts } from 'upcross'
import { loadConfig } from '../config.js'
import { EXIT } from '../exit-codes.js'
import { readModelFile } from '../model-file.js'
import { parseList, parsePositiveInt } from '../options.js'
import { writeOutput } from '../write-output.js'
import type { RegisterCommand } from './register.js'

interface PlanFlags {
  model: string
  customers?: string[]
  limit?: number
  neighbours?: number
  minBuyers?: number
  by?: 'category' | 'item'
  depth?: number
  out?: string
}

/** The CSV's columns, in order (docs/selling.md). */
export const PLAN_COLUMNS = [
  'customer',
  'rank',
  'product_line',
  'level',
  'expected_value',
  'value_basis',
  'probability',
  'similar_buyers',
  'similar_customers',
  'unit_price',
  'unit_margin',
  'currency',
  'lead_items',
  'why',
] as const

/** Registers `upcross plan-accounts`. */
export const registerPlanAccounts: RegisterCommand = (program: Command, setExit) => {
  program
    .command('plan-accounts')
    .description(
      'per customer, the product lines similar customers buy that they do not yet, by expected value (CSV)',
    )
    .requiredOption('--model <file>', 'the model file written by `upcross train`')
    .option('--customers <ids>', 'comma-separated customer (account) ids; default all', parseList)
    .option('--limit <n>', 'product lines per customer (default 5)', parsePositiveInt)
    .option('--neighbours <n>', 'similar customers consulted (default 20)', parsePositiveInt)
    .option(
      '--min-buyers <n>',
      'least similar customers buying a line (default 2)',
      parsePositiveInt,
    )
    .option('--by <lines>', 'group items by `category` (default) or offer single `item`s', parseBy)
    .option('--depth <n>', 'category levels kept (default all)', parsePositiveInt)
    .option('--out <file>', 'the CSV file; default standard output')
    .action(async (flags: PlanFlags) => {
      setExit(await run(flags))
    })
}

function parseBy(value: string): 'category' | 'item' {
  if (value !== 'category' && value !== 'item')
    throw new InvalidArgumentError(`"${value}" is neither category nor item.`)
  return value
}

async function run(flags: PlanFlags): Promise<number> {
  const model = await readModelFile(flags.model)
  const options: Parameters<typeof planAccounts>[1] = {
    lines:
      flags.depth === undefined
        ? { by: flags.by ?? 'category' }
        : { by: flags.by ?? 'category', depth: flags.depth },
  }
  if (flags.customers) options.customers = flags.customers
  if (flags.limit) options.limit = flags.limit
  if (flags.neighbours) options.neighbours = flags.neighbours
  if (flags.minBuyers) options.minBuyers = flags.minBuyers
  const plans = planAccounts(model, options)
  const rows = planRows(model, plans, loadConfig().currency)
  // escape_formulas: a title starting with = or + must not run as a formula in a spreadsheet.
  writeOutput(
    flags.out,
    stringify(rows, { header: true, columns: [...PLAN_COLUMNS], escape_formulas: true }),
  )
  const planned = plans.filter((p) => p.lines.length > 0).length
  process.stderr.write(
    `${plans.length} customers planned, ${planned} with a proposal, ${rows.length} lines${flags.out ? ` → ${flags.out}` : ''}\n`,
  )
  return EXIT.ok
}

/** One CSV row per proposed line; money as decimals of the store currency. */
function planRows(
  model: Model,
  plans: readonly AccountPlan[],
  currency: string,
): Record<string, string | number>[] {
  const title = (sku: string): string => {
    const i = model.itemIndex.get(sku)
    return i === undefined ? '' : (model.titles[i] ?? '').trim()
  }
  const lineName = (key: string, level: string): string =>
    level === 'item' && title(key) ? `${title(key)} (${key})` : key
  return plans.flatMap((plan) =>
    plan.lines.map((l, k) => ({
      customer: plan.customer,
      rank: k + 1,
      product_line: lineName(l.key, l.level),
      level: l.level,
      expected_value: formatMinor(l.expectedValue),
      value_basis: l.basis,
      probability: l.probability,
      similar_buyers: l.buyers,
      similar_customers: l.consulted,
      unit_price: l.price === undefined ? '' : formatMinor(l.price),
      unit_margin: l.margin === undefined ? '' : formatMinor(l.margin),
      currency,
      lead_items: l.items
        .map((it) => `${title(it.sku) ? `${title(it.sku)} ` : ''}(${it.sku}): ${it.buyers}`)
        .join('; '),
      why: `${l.buyers} of the ${l.consulted} most similar customers buy it; ${plan.customer} has not yet`,
    })),
  )
}
