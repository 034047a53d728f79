/**
 * The flags of `upcross eval` (and `npm run eval`) checked and turned into `runEval` options.
 * @module
 */
import { UpcrossError } from 'upcross'
import { parseList } from '../options.js'
import { PROTOCOLS, type Protocol } from './datasets.js'
import type { EvalOptions } from './run.js'

/** The flags as the command line gives them (strings; `dataset` repeatable). */
export interface EvalFlags {
  /** Names, aliases or paths; each entry may be comma-separated. */
  dataset?: string[]
  /** Every data set of issue 2 (with `--protocol`, those of that protocol). */
  all?: boolean
  protocol?: string
  /** Cut-offs, e.g. `10,20`. */
  k?: string
  quick?: boolean
  resamples?: string
  /** Comma-separated method names. */
  methods?: string
  /** Directory for eval.md and eval.json; none = print only. */
  out?: string
  /** Where the named data sets live. */
  dataDir?: string
}

/** Method names `--methods` accepts (every protocol's together). */
export const METHOD_NAMES = [
  'popularity',
  'cooccurrence',
  'G-TopFreq',
  'P-TopFreq',
  'GP-TopFreq',
  'EASE',
  'pricier-same-category',
  'upcross',
] as const

/** Checks the flags and returns the options of `runEval`; bad values throw `invalid_input`. */
export function toEvalOptions(flags: EvalFlags): EvalOptions {
  const options: EvalOptions = { quick: flags.quick ?? false }
  const datasets = (flags.dataset ?? []).flatMap(parseList)
  if (flags.all && datasets.length > 0) bad('use --dataset or --all, not both')
  if (!flags.all && datasets.length === 0)
    bad('name the data: --dataset <name|path> (repeatable) or --all')
  if (datasets.length > 0) options.datasets = datasets
  if (flags.protocol !== undefined) {
    if (!(PROTOCOLS as readonly string[]).includes(flags.protocol))
      bad(`--protocol must be one of ${PROTOCOLS.join(', ')}`)
    options.protocol = flags.protocol as Protocol
  }
  if (flags.k !== undefined) {
    const ks = parseList(flags.k).map(Number)
    if (ks.length === 0 || ks.some((k) => !Number.isInteger(k) || k < 1))
      bad('--k must list positive integers, e.g. 10,20')
    options.ks = [...new Set(ks)].sort((a, b) => a - b)
  }
  if (flags.resamples !== undefined) {
    const b = Number(flags.resamples)
    if (!Number.isInteger(b) || b < 10) bad('--resamples must be an integer ≥ 10')
    options.resamples = b
  }
  if (flags.methods !== undefined) {
    const methods = parseList(flags.methods)
    const unknown = methods.filter((m) => !(METHOD_NAMES as readonly string[]).includes(m))
    if (methods.length === 0 || unknown.length > 0)
      bad(`--methods takes names among ${METHOD_NAMES.join(', ')}`)
    options.methods = methods
  }
  if (flags.dataDir !== undefined) options.dataDir = flags.dataDir
  return options
}

function bad(message: string): never {
  throw new UpcrossError('invalid_input', message)
}
