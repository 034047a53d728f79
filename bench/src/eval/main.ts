/**
 * `npm run eval`: `upcross eval --all` that prints the Markdown report and writes `docs/eval.md`
 * and `docs/eval.json` (with `--quick`, to `.eval-cache/` instead, so a smoke run never
 * overwrites the committed numbers; `--no-write` writes nothing). Other flags as `upcross eval`.
 * @module
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { exitCodeFor } from '@upcross/cli'
import { type EvalFlags, runEvalCommand } from '@upcross/cli/eval'

/** The repository root (three levels above this file in `bench/{src,dist}/eval`). */
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      dataset: { type: 'string', multiple: true },
      protocol: { type: 'string' },
      k: { type: 'string' },
      quick: { type: 'boolean', default: false },
      resamples: { type: 'string' },
      methods: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-write': { type: 'boolean', default: false },
    },
  })
  const { 'data-dir': dataDir, 'no-write': noWrite, ...rest } = values
  const flags: EvalFlags = {
    ...rest,
    all: !values.dataset,
    dataDir: dataDir ?? join(REPO_ROOT, '../shared/datasets'),
  }
  if (!noWrite) flags.out = join(REPO_ROOT, values.quick ? '.eval-cache' : 'docs')
  const command = ['npm run eval', ...(argv.length ? ['--', ...argv] : [])].join(' ')
  return runEvalCommand(flags, { command, logPrefix: 'eval' })
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = exitCodeFor(error)
}
