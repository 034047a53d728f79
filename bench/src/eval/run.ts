/**
 * `runEval`: the offline evaluation behind `npm run eval` and `upcross eval`.
 * @module
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DATASETS, type DatasetSpec, type Protocol, resolveDataset } from './datasets.js'
import { gitCommit } from './git-commit.js'
import type { EvalReport, EvalSection } from './report-types.js'
import { runBasketCompletionSection } from './run-basket-completion.js'
import { runNextBasketSections } from './run-next-basket.js'

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
  /** The shared folder holding `datasets/`; default `<repo>/../shared`. */
  sharedDir?: string
  /** The command line to record in the report. */
  command?: string
  /** Progress messages; default silent. */
  log?: (message: string) => void
}

/** The repository root (three levels above this file in `bench/{src,dist}/eval`). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** Runs every requested section and returns the report (writing nothing). */
export function runEval(options: EvalOptions = {}): EvalReport {
  const started = performance.now()
  const quick = options.quick ?? false
  const ks = [...(options.ks ?? [10, 20])]
  const resamples = options.resamples ?? (quick ? 200 : 1000)
  const settings = {
    sharedDir: options.sharedDir ?? resolve(REPO_ROOT, '../shared'),
    ks,
    quick,
    resamples,
    seed: options.seed ?? 42,
    log: options.log ?? (() => {}),
    ...(options.methods ? { methods: options.methods } : {}),
  }
  let specs: DatasetSpec[] = options.datasets ? options.datasets.map(resolveDataset) : [...DATASETS]
  if (options.protocol) specs = specs.filter((s) => s.protocol === options.protocol)
  if (specs.length === 0) throw new Error('no data set matches the requested protocol')
  const sections: EvalSection[] = []
  for (const spec of specs) {
    if (spec.protocol === 'basket-completion')
      sections.push(runBasketCompletionSection(spec, settings))
    else sections.push(...runNextBasketSections(spec, settings))
  }
  return {
    meta: {
      command: options.command ?? 'npm run eval',
      date: new Date().toISOString(),
      commit: gitCommit(REPO_ROOT),
      node: process.version,
      quick,
      ks,
      resamples,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    },
    sections,
  }
}
