/**
 * `npm run eval`: offline evaluation of issue 2; prints the Markdown report and writes
 * `docs/eval.md` and `docs/eval.json` (with `--quick`, to `.eval-cache/` instead, so a smoke run
 * never overwrites the committed numbers).
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseEvalArgs } from './args.js'
import { renderMarkdown } from './report-md.js'
import { REPO_ROOT, runEval } from './run.js'

function main(): number {
  const argv = process.argv.slice(2)
  const { options, write } = parseEvalArgs(argv)
  options.command = ['npm run eval', ...(argv.length ? ['--', ...argv] : [])].join(' ')
  options.log = (m) => process.stderr.write(`eval: ${m}\n`)
  const report = runEval(options)
  const markdown = renderMarkdown(report)
  process.stdout.write(markdown)
  if (write) {
    const dir = options.quick ? join(REPO_ROOT, '.eval-cache') : join(REPO_ROOT, 'docs')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'eval.md'), markdown)
    writeFileSync(join(dir, 'eval.json'), `${JSON.stringify(report, null, 2)}\n`)
    process.stderr.write(`eval: wrote ${join(dir, 'eval.md')} and eval.json\n`)
  }
  return 0
}

try {
  process.exitCode = main()
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
