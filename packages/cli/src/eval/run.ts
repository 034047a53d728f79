/**
 * `runEval`: the offline evaluation behind `upcross eval` and `npm run eval`.
 * @module
 */
import { UpcrossError } from 'upcross'
import { assertInputs, defaultDataDir, findRepoRoot } from './data-dir.js'
import {
  DATASETS,
  type DatasetSpec,
  type Protocol,
  protocolFit,
  resolveDatasets,
} from './datasets.js'
import { gitCommit } from './git-commit.js'
import type { EvalReport, EvalSection } from './report-types.js'
import { runBasketCompletionSection } from './run-basket-completion.js'
import { runNextBasketSections } from './run-next-basket.js'
import { runTradeUpSections } from './run-trade-up.js'

/** Options of `runEval`; every field has a default. */
export interface EvalOptions {
  /** Data set names, aliases or file paths; default all of issue 2. */
  datasets?: readonly string[]
  /** Only sections of this protocol; default each data set's own. */
  protocol?: Protocol
  /** Cut-offs; default [10, 20]. */
  ks?: readonly number[]
  /** Subsample for a CI smoke run (400 test baskets, 1 keyset, 500 users, 200 resamples). */
  quick?: boolean
  /** Bootstrap resamples; default 1000 (200 with `quick`). */
  resamples?: number
  /** Seed of the bootstrap resampling; default 42. */
  seed?: number
  /** Only these methods (e.g. `popularity,cooccurrence`); default all. */
  methods?: readonly string[]
  /** The folder holding the named data sets; default `../shared/datasets` beside the repo root. */
  dataDir?: string
  /** Where relative paths start and the git commit is read; default `process.cwd()`. */
  cwd?: string
  /** The command line to record in the report. */
  command?: string
  /** Progress messages; default silent. */
  log?: (message: string) => void
}

/**
 * Runs every requested section and returns the report (writing nothing). Throws `invalid_input`
 * for an unknown data set, a `--protocol` an explicitly named data set does not fit, or a
 * missing data directory or file (named in the message).
 */
export function runEval(options: EvalOptions = {}): EvalReport {
  const started = performance.now()
  const cwd = options.cwd ?? process.cwd()
  const quick = options.quick ?? false
  const ks = [...(options.ks ?? [10, 20])]
  const resamples = options.resamples ?? (quick ? 200 : 1000)
  const settings = {
    dataDir: options.dataDir ?? defaultDataDir(cwd),
    ks,
    quick,
    resamples,
    seed: options.seed ?? 42,
    log: options.log ?? (() => {}),
    ...(options.methods ? { methods: options.methods } : {}),
  }
  const specs = selectSpecs(options, cwd)
  assertInputs(specs, settings.dataDir)
  const sections: EvalSection[] = []
  for (const spec of specs) {
    if (spec.protocol === 'basket-completion')
      sections.push(runBasketCompletionSection(spec, settings))
    else if (spec.protocol === 'trade-up') sections.push(...runTradeUpSections(spec, settings))
    else sections.push(...runNextBasketSections(spec, settings))
  }
  return {
    meta: {
      command: options.command ?? 'upcross eval',
      date: new Date().toISOString(),
      commit: gitCommit(findRepoRoot(cwd)),
      node: process.version,
      quick,
      ks,
      resamples,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    },
    sections,
  }
}

/** The named data sets (all of issue 2 by default), kept to `protocol` when one is asked for. */
function selectSpecs(options: EvalOptions, cwd: string): DatasetSpec[] {
  const { protocol } = options
  if (!options.datasets) return DATASETS.filter((s) => !protocol || s.protocol === protocol)
  const specs = options.datasets.flatMap((d) => resolveDatasets(d, cwd, protocol))
  if (specs.length === 0) throw new UpcrossError('invalid_input', 'no data set given')
  const misfit = protocol && specs.find((s) => s.protocol !== protocol)
  if (misfit) throw new UpcrossError('invalid_input', protocolFit(misfit))
  return specs
}
