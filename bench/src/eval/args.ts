/**
 * Command-line options of `npm run eval`.
 * @module
 */
import { parseArgs } from 'node:util'
import { PROTOCOLS, type Protocol } from './datasets.js'
import type { EvalOptions } from './run.js'

/** Options parsed from argv plus where to write the report. */
export interface EvalArgs {
  options: EvalOptions
  /** Write `docs/eval.md` and `docs/eval.json` (default; off with `--no-write`). */
  write: boolean
}

/**
 * Parses `--dataset <name|path>` (repeatable or comma-separated), `--protocol`, `--k 10,20`,
 * `--quick`, `--resamples N`, `--methods a,b`, `--no-write`. Throws on bad values.
 */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      dataset: { type: 'string', multiple: true },
      protocol: { type: 'string' },
      k: { type: 'string' },
      quick: { type: 'boolean', default: false },
      resamples: { type: 'string' },
      methods: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
    },
  })
  const options: EvalOptions = { quick: values.quick ?? false }
  if (values.dataset) options.datasets = values.dataset.flatMap((d) => d.split(',')).filter(Boolean)
  if (values.protocol !== undefined) {
    if (!(PROTOCOLS as readonly string[]).includes(values.protocol))
      throw new Error(`--protocol must be one of ${PROTOCOLS.join(', ')}`)
    options.protocol = values.protocol as Protocol
  }
  if (values.k !== undefined) {
    const ks = values.k.split(',').map(Number)
    if (ks.length === 0 || ks.some((k) => !Number.isInteger(k) || k < 1))
      throw new Error('--k must list positive integers, e.g. 10,20')
    options.ks = ks
  }
  if (values.resamples !== undefined) {
    const b = Number(values.resamples)
    if (!Number.isInteger(b) || b < 10) throw new Error('--resamples must be an integer ≥ 10')
    options.resamples = b
  }
  if (values.methods !== undefined) options.methods = values.methods.split(',').filter(Boolean)
  return { options, write: !values['no-write'] }
}
