/**
 * `upcross recommend`: offers for one cart, or for a file of JSON requests (the batch contract).
 * @module
 */
import type { Command } from 'commander'
import {
  describeDrop,
  describeReason,
  formatMinor,
  type Model,
  type OfferResult,
  type OfferSettings,
  PLACEMENTS,
  parseRecommendRequest,
  type RecommendRequest,
  serveOffers,
  UpcrossError,
} from 'upcross'
import { loadConfig } from '../config.js'
import { EXIT } from '../exit-codes.js'
import { readModelFile } from '../model-file.js'
import { readOfferSettings } from '../offer-settings-file.js'
import { parseList, parsePositiveInt } from '../options.js'
import { recommendBatch } from '../recommend-batch.js'
import type { RegisterCommand } from './register.js'

interface RecommendFlags {
  model: string
  cart?: string[]
  sku?: string
  customer?: string
  placement?: string
  limit?: number
  at?: string
  json?: boolean
  requests?: string
  out?: string
  offers?: string
  session?: string
  explain?: boolean
}

/** Registers `upcross recommend`. */
export const registerRecommend: RegisterCommand = (program: Command, setExit) => {
  program
    .command('recommend')
    .description(
      'offers for a cart (--cart) or for a JSON-lines file of requests (--requests … --out …)',
    )
    .requiredOption('--model <file>', 'the model file written by `upcross train`')
    .option('--cart <skus>', 'comma-separated SKUs in the cart', parseList)
    .option('--sku <sku>', 'the product being viewed (product page)')
    .option('--customer <id>', 'the customer, for personal offers')
    .option('--placement <placement>', `one of ${PLACEMENTS.join(', ')}`)
    .option('--limit <n>', 'how many offers (default 10)', parsePositiveInt)
    .option('--at <time>', 'ISO-8601 moment of the request (nothing after it is used)')
    .option(
      '--offers <file>',
      'offer settings JSON: rules, thresholds, bundles, loyalty, … (docs/offers.md)',
    )
    .option('--session <id>', 'the shopper session (frequency caps)')
    .option('--explain', 'also list what was not shown and why, and the merchant rules that fired')
    .option('--json', 'print the offers as JSON')
    .option('--requests <file>', 'JSON lines, one request per line')
    .option('--out <file>', 'where batch results go (JSON lines); default standard output')
    .action(async (flags: RecommendFlags) => {
      setExit(await run(flags))
    })
}

async function run(flags: RecommendFlags): Promise<number> {
  const settings = readOfferSettings(flags.offers, loadConfig().currency)
  const model = await readModelFile(flags.model)
  // The clock is read here, at the edge: the core only sees `now`.
  const now = Date.now()
  const serve = (request: RecommendRequest, session?: string): OfferResult =>
    serveOffers(model, request, settings, session === undefined ? { now } : { now, session })
  if (flags.requests) {
    if (flags.cart || flags.sku)
      throw new UpcrossError('invalid_input', 'use either --requests or --cart/--sku, not both')
    const report = await recommendBatch((r) => serve(r).offers, flags.requests, flags.out)
    process.stderr.write(`${report.answered} requests answered, ${report.rejected} rejected\n`)
    return report.rejected > 0 ? EXIT.rejectedRows : EXIT.ok
  }
  const input: Record<string, unknown> = { id: 'cli', cart: flags.cart ?? [] }
  if (flags.sku) {
    input['sku'] = flags.sku
    input['placement'] = flags.placement ?? 'product'
  }
  if (flags.placement) input['placement'] = flags.placement
  if (flags.customer) input['customer'] = flags.customer
  if (flags.limit) input['limit'] = flags.limit
  if (flags.at) input['at'] = flags.at
  const parsed = parseRecommendRequest(input)
  if (!parsed.ok)
    throw new UpcrossError('invalid_input', 'invalid request', { issues: parsed.issues })
  const result = serve(parsed.value, flags.session)
  if (flags.json) {
    const body = flags.explain
      ? { id: parsed.value.id, ...result }
      : { id: parsed.value.id, offers: result.offers }
    process.stdout.write(`${JSON.stringify(body)}\n`)
  } else printOffers(model, parsed.value.cart, result, flags.explain === true, settings)
  return EXIT.ok
}

function printOffers(
  model: Model,
  cart: readonly string[],
  result: OfferResult,
  explain: boolean,
  settings: OfferSettings,
): void {
  const offers = result.offers
  const nameOf = (sku: string): string => {
    const i = model.itemIndex.get(sku)
    const title = i === undefined ? '' : (model.titles[i] ?? '')
    return title ? `${title.trim()} (${sku})` : sku
  }
  const unknown = cart.filter((sku) => !model.itemIndex.has(sku))
  if (cart.length > 0) process.stdout.write(`cart: ${cart.map(nameOf).join(', ')}\n`)
  if (unknown.length > 0)
    process.stdout.write(`  not in the order history: ${unknown.join(', ')}\n`)
  offers.forEach((offer, rank) => {
    process.stdout.write(
      `${String(rank + 1).padStart(2)}. ${nameOf(offer.sku)}  [${offer.kind}, score ${offer.score}]\n`,
    )
    for (const reason of offer.reasons)
      process.stdout.write(`    ${describeReason(reason, nameOf)}\n`)
  })
  if (offers.length === 0) process.stdout.write('no offers\n')
  const next = result.thresholds?.next
  if (next)
    process.stdout.write(
      `cart: ${formatMoney(next.gap, settings.currency)} away from ${formatMoney(next.tier.threshold, settings.currency)}\n`,
    )
  if (!explain) return
  // Many candidates fall to the same cap: list the first few and count the rest.
  const byWhy = new Map<string, string[]>()
  for (const d of result.dropped) {
    const why = describeDrop(d)
    byWhy.set(why, [...(byWhy.get(why) ?? []), nameOf(d.sku)])
  }
  for (const [why, names] of byWhy) {
    const shown = names.slice(0, 3).join(', ')
    const more = names.length > 3 ? ` and ${names.length - 3} more` : ''
    process.stdout.write(`  ✗ ${shown}${more}: ${why}\n`)
  }
  for (const t of result.rules)
    process.stdout.write(
      `  rule ${t.rule}: ${t.effect} ${nameOf(t.sku)}${t.why ? ` (${t.why})` : ''}\n`,
    )
}

function formatMoney(minor: number, currency: string): string {
  return `${formatMinor(minor)} ${currency}`
}
