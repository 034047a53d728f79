/**
 * `npm run bench`: frequent-pair mining by `upcross mine pairs` against the C++ reference loop,
 * whole processes measured alternately in the same run; writes `docs/bench.md` and `docs/bench.json`.
 * Options: `--quick` (1 run each, no warm-up, report kept in `.bench-cache/`), `--runs N`,
 * `--strict` (also exit 1 when a target is missed).
 * @module
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { type BenchDataset, DATASETS } from './datasets.js'
import { coreCount, cpuModel } from './machine.js'
import { type ProgramReport, parseReferenceOutput, parseUpcrossOutput } from './program-output.js'
import {
  type BenchMeta,
  breakdownTable,
  renderJson,
  renderMarkdown,
  resultsTable,
} from './report.js'
import { type DatasetResult, judge, type MeasuredRun } from './results.js'
import { buildReference, compilerVersion, prepareDataset } from './setup.js'
import { timedRun } from './timed-run.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const shared = resolve(root, '../shared')
const cacheDir = join(root, '.bench-cache')
const cli = join(root, 'packages/cli/bin/upcross.js')

/** A way to run one program on one data set. */
interface Program {
  command: string
  args: (file: string, dataset: BenchDataset) => string[]
  parse: (stdout: string) => ProgramReport
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      runs: { type: 'string' },
    },
  })
  const runs = values.quick ? 1 : Number(values.runs ?? 5)
  const warmups = values.quick ? 0 : 1
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`)
  if (!existsSync(join(root, 'packages/cli/dist/main.js'))) {
    throw new Error('the CLI is not built: run `npx tsc -b` first')
  }
  const reference: Program = {
    command: buildReference(join(shared, 'bench/pairs.cpp'), cacheDir),
    args: (file, d) => [file, 'dense', String(d.minSupport)],
    parse: parseReferenceOutput,
  }
  const ours: Program = {
    command: process.execPath,
    args: (file, d) => [
      cli,
      'mine',
      'pairs',
      file,
      '--min-support',
      String(d.minSupport),
      '--json',
    ],
    parse: parseUpcrossOutput,
  }
  const loadBefore = loadavg()[0]!
  if (loadBefore > coreCount() / 2) {
    process.stderr.write(
      `bench: load average ${loadBefore.toFixed(2)}: other work will skew the ratios\n`,
    )
  }
  const results: DatasetResult[] = []
  for (const dataset of DATASETS) {
    const file = await prepareDataset(dataset, join(shared, 'datasets/fimi'), cacheDir)
    process.stderr.write(`${dataset.name}: ${warmups} warm-up + ${runs} runs each …\n`)
    for (let i = 0; i < warmups; i++) {
      await measure(reference, file, dataset)
      await measure(ours, file, dataset)
    }
    const refRuns: MeasuredRun[] = []
    const ourRuns: MeasuredRun[] = []
    for (let i = 0; i < runs; i++) {
      refRuns.push(await measure(reference, file, dataset))
      ourRuns.push(await measure(ours, file, dataset))
    }
    results.push(judge(dataset, refRuns, ourRuns))
  }
  process.stdout.write(`\n${resultsTable(results)}\n\n${breakdownTable(results)}\n\n`)
  const mismatches = results.flatMap((r) => r.mismatches)
  if (mismatches.length > 0) {
    for (const m of mismatches) process.stderr.write(`bench: wrong answer: ${m}\n`)
    return 1
  }
  const meta: BenchMeta = {
    date: new Date().toISOString(),
    cpu: cpuModel(),
    cores: coreCount(),
    node: process.version,
    compiler: compilerVersion(),
    command: values.quick ? 'npm run bench -- --quick' : 'npm run bench',
    warmups,
    runs,
    loadAverage: [loadBefore, loadavg()[0]!],
  }
  const outDir = values.quick ? cacheDir : join(root, 'docs')
  const stem = values.quick ? 'bench-quick' : 'bench'
  mkdirSync(outDir, { recursive: true })
  writeFileSync(join(outDir, `${stem}.md`), renderMarkdown(meta, results))
  writeFileSync(join(outDir, `${stem}.json`), renderJson(meta, results))
  process.stderr.write(`bench: wrote ${join(outDir, stem)}.{md,json}\n`)
  const missed = results.some((r) => !r.timePass || !r.memoryPass)
  return values.strict && missed ? 1 : 0
}

async function measure(
  program: Program,
  file: string,
  dataset: BenchDataset,
): Promise<MeasuredRun> {
  const run = await timedRun(program.command, program.args(file, dataset), root)
  return { seconds: run.seconds, report: program.parse(run.stdout) }
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
