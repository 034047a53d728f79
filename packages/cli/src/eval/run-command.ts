/**
 * The work of `upcross eval` (and of `npm run eval`), loaded only when the command runs.
 * @module
 */
import { EXIT } from '../exit-codes.js'
import { type EvalFlags, toEvalOptions } from './args.js'
import { renderMarkdown } from './report-md.js'
import { runEval } from './run.js'
import { writeReport } from './write-report.js'

/** How the run presents itself: the command line recorded in the report, the log prefix. */
export interface EvalCommandContext {
  command?: string
  logPrefix?: string
}

/**
 * Runs the evaluation the flags ask for, prints the Markdown report to stdout and, with `out`,
 * writes `eval.md` and `eval.json` there; resolves to the exit code. Bad flags and missing data
 * throw `invalid_input`.
 */
export function runEvalCommand(flags: EvalFlags, context: EvalCommandContext = {}): number {
  const prefix = context.logPrefix ?? 'upcross eval'
  const options = toEvalOptions(flags)
  options.command = context.command ?? commandLine(flags)
  options.log = (m) => process.stderr.write(`${prefix}: ${m}\n`)
  const report = runEval(options)
  const markdown = renderMarkdown(report)
  process.stdout.write(markdown)
  if (flags.out !== undefined) {
    const [md, json] = writeReport(flags.out, report, markdown)
    process.stderr.write(`${prefix}: wrote ${md} and ${json}\n`)
  }
  return EXIT.ok
}

/** The flags as an `upcross eval` command line, for the report header. */
export function commandLine(flags: EvalFlags): string {
  const words = ['upcross eval']
  if (flags.all) words.push('--all')
  for (const d of flags.dataset ?? []) words.push('--dataset', d)
  if (flags.protocol !== undefined) words.push('--protocol', flags.protocol)
  if (flags.k !== undefined) words.push('--k', flags.k)
  if (flags.quick) words.push('--quick')
  if (flags.resamples !== undefined) words.push('--resamples', flags.resamples)
  if (flags.methods !== undefined) words.push('--methods', flags.methods)
  if (flags.out !== undefined) words.push('--out', flags.out)
  return words.join(' ')
}
