/**
 * `upcross selling-sheet`: a printable page per product with its upgrades, add-ons and
 * cross-sells and the reason to mention each, for training staff.
 * @module
 */

import { renderSellingSheet } from '@upcross/emails'
import type { Command } from 'commander'
import { type SellingSheetOptions, sellingSheet } from 'upcross'
import { loadConfig } from '../config.js'
import { EXIT } from '../exit-codes.js'
import { readModelFile } from '../model-file.js'
import { readOfferSettings } from '../offer-settings-file.js'
import { parseList, parsePositiveInt } from '../options.js'
import { writeOutput } from '../write-output.js'
import type { RegisterCommand } from './register.js'

interface SheetFlags {
  model: string
  skus?: string[]
  top?: number
  perSection?: number
  offers?: string
  title?: string
  out?: string
}

/** Registers `upcross selling-sheet`. */
export const registerSellingSheet: RegisterCommand = (program: Command, setExit) => {
  program
    .command('selling-sheet')
    .description(
      'a printable HTML page per product: what to offer with it, and why (A4, PDF-friendly)',
    )
    .requiredOption('--model <file>', 'the model file written by `upcross train`')
    .option(
      '--skus <skus>',
      'comma-separated products, in this order; default the best sellers',
      parseList,
    )
    .option(
      '--top <n>',
      'how many best sellers when --skus is not given (default 50)',
      parsePositiveInt,
    )
    .option(
      '--per-section <n>',
      'upgrades, add-ons and cross-sells listed each (default 3)',
      parsePositiveInt,
    )
    .option('--offers <file>', 'offer settings JSON: rules and guard rails apply (docs/offers.md)')
    .option('--title <text>', 'the heading, e.g. the store name (default "Selling sheet")')
    .option('--out <file>', 'the HTML file; default standard output')
    .action(async (flags: SheetFlags) => {
      setExit(await run(flags))
    })
}

async function run(flags: SheetFlags): Promise<number> {
  const { currency } = loadConfig()
  const settings = readOfferSettings(flags.offers, currency)
  const model = await readModelFile(flags.model)
  const options: SellingSheetOptions = { settings }
  if (flags.skus) options.skus = flags.skus
  if (flags.top) options.top = flags.top
  if (flags.perSection) options.perSection = flags.perSection
  const products = sellingSheet(model, options)
  const trained = model.meta.trainedAt ? `, model trained ${model.meta.trainedAt.slice(0, 10)}` : ''
  const html = renderSellingSheet(products, {
    currency,
    ...(flags.title ? { title: flags.title } : {}),
    subtitle: `${products.length} product${products.length === 1 ? '' : 's'}: what to offer with each, and why${trained}`,
  })
  writeOutput(flags.out, html)
  if (flags.out) process.stderr.write(`${products.length} products → ${flags.out}\n`)
  return EXIT.ok
}
