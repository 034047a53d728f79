/**
 * `@upcross/cli/eval`: the offline evaluation runner behind `upcross eval`, for scripts such as
 * `npm run eval` that record their own command line.
 * @module
 */

export type { EvalFlags } from './args.js'
export { METHOD_NAMES, toEvalOptions } from './args.js'
export type { DatasetSpec, Protocol } from './datasets.js'
export { DATASETS, PROTOCOLS } from './datasets.js'
export { renderMarkdown } from './report-md.js'
export type { EvalReport, EvalSection, MethodSummary } from './report-types.js'
export type { EvalOptions } from './run.js'
export { runEval } from './run.js'
export type { EvalCommandContext } from './run-command.js'
export { runEvalCommand } from './run-command.js'
export { writeReport } from './write-report.js'
