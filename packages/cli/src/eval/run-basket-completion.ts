/**
 * One basket-completion section: load, split, run every method, summarise.
 * @module
 */
import { resolve } from 'node:path'
import type { BasketSet } from 'upcross'
import {
  cooccurrenceRecommender,
  EASE_MAX_ITEMS,
  type EvalMethod,
  easeRecommender,
  gpTopFreqRecommender,
  popularityRecommender,
  pTopFreqRecommender,
  pythonRandom,
  randomSplit,
  runBasketCompletion,
  subsetBaskets,
  temporalSplit,
} from 'upcross/eval'
import type { BasketCompletionSpec } from './datasets.js'
import { loadFimi } from './load/fimi.js'
import { loadGroceries } from './load/groceries.js'
import { loadOrdersCsv } from './load/orders-csv.js'
import { REFERENCES } from './references.js'
import type { EvalSection, MethodSummary } from './report-types.js'
import { compare, summarizeMetrics } from './summarize.js'
import { type Timer, timed } from './timing.js'
import { upcrossFactory } from './upcross-method.js'

/** Settings shared by the sections of one run. */
export interface SectionSettings {
  /** Where relative data-set paths point. */
  dataDir: string
  ks: number[]
  quick: boolean
  resamples: number
  seed: number
  /** Only these methods, when given. */
  methods?: readonly string[]
  log: (message: string) => void
}

/** Seed of the split and hidden-item draws: Python's `random.Random(42)`, as the reference. */
const SPLIT_SEED = 42
/** Test baskets used by `--quick`. */
const QUICK_TEST_BASKETS = 400

/**
 * Runs basket completion on one data set: seeded random 80/20 split (Python-compatible
 * `random.Random(42)` shuffle, then the same generator draws the hidden items) or temporal 80/20,
 * and popularity, raw co-occurrence, P-/GP-TopFreq (when baskets have customers) and upcross.
 */
/** EASE's L2 weight: Steck reports 100–1000 working across data sets; fixed, not tuned on test. */
const EASE_LAMBDA = 500

export function runBasketCompletionSection(
  spec: BasketCompletionSpec,
  settings: SectionSettings,
): EvalSection {
  const path = resolve(settings.dataDir, spec.file)
  const notes: string[] = []
  const baskets = slice(load(spec, path, notes), spec.firstBaskets)
  const rng = pythonRandom(SPLIT_SEED)
  const split =
    spec.split === 'random' ? randomSplit(baskets.basketCount, rng) : temporalSplit(baskets)
  let maxTestBaskets = spec.maxTestBaskets
  if (settings.quick) maxTestBaskets = Math.min(maxTestBaskets ?? Infinity, QUICK_TEST_BASKETS)
  const candidates: EvalMethod[] = [
    { name: 'popularity', factory: popularityRecommender },
    { name: 'cooccurrence', factory: cooccurrenceRecommender },
  ]
  if (baskets.customers) {
    candidates.push(
      { name: 'P-TopFreq', factory: (t) => pTopFreqRecommender(t) },
      { name: 'GP-TopFreq', factory: (t) => gpTopFreqRecommender(t) },
    )
  }
  // EASE is the strongest linear item model in the literature: a ceiling reference for how much
  // any item-to-item model can add on this data. It is dense, so only for small catalogues.
  if (baskets.skus.length <= EASE_MAX_ITEMS) {
    candidates.push({ name: 'EASE', factory: (t) => easeRecommender(t, EASE_LAMBDA) })
  }
  candidates.push({ name: 'upcross', factory: upcrossFactory('cart') })
  const chosen = candidates.filter((m) => !settings.methods || settings.methods.includes(m.name))
  const timers = new Map<string, Timer>()
  const methods = chosen.map((m) => {
    const timer: Timer = { trainMs: 0, queryMs: 0 }
    timers.set(m.name, timer)
    return { name: m.name, factory: timed(m.factory, timer) }
  })
  settings.log(`${spec.name}: ${baskets.basketCount} baskets, ${methods.length} methods`)
  const result = runBasketCompletion({
    baskets,
    split,
    rng,
    methods,
    ks: settings.ks,
    ...(maxTestBaskets === undefined ? {} : { maxTestBaskets }),
  })
  const summaryOptions = { resamples: settings.resamples, seed: settings.seed }
  const summaries: MethodSummary[] = result.methods.map((m) => ({
    name: m.name,
    trainMs: timers.get(m.name)!.trainMs,
    queryMs: timers.get(m.name)!.queryMs,
    timedQueries: result.queries.length,
    metrics: summarizeMetrics(m.metrics, result.metricNames, summaryOptions),
  }))
  const ours = result.methods.find((m) => m.name === 'upcross')
  const bar = result.methods.find((m) => m.name === 'cooccurrence')
  const key = `${spec.name}/basket-completion/${spec.split}`
  const testUsed = Math.min(split.test.length, maxTestBaskets ?? split.test.length)
  const description =
    (spec.firstBaskets === undefined ? '' : `first ${baskets.basketCount} baskets of the file; `) +
    (spec.split === 'random'
      ? `random 80/20 of ${baskets.basketCount} baskets (Python random.Random(${SPLIT_SEED}) shuffle)`
      : `temporal 80/20 of ${baskets.basketCount} baskets by time`) +
    `; ${split.train.length} train, ${testUsed} of ${split.test.length} test baskets used; ` +
    `one item hidden per test basket with ≥ 2 items (drawn by the same generator)`
  return {
    key,
    dataset: spec.name,
    protocol: 'basket-completion',
    split: spec.split,
    description,
    queries: result.queries.length,
    folds: 1,
    metricNames: result.metricNames,
    methods: summaries,
    ...(ours && bar
      ? {
          comparison: compare(
            'upcross',
            ours.metrics,
            'cooccurrence',
            bar.metrics,
            result.metricNames,
            summaryOptions,
          ),
        }
      : {}),
    references: REFERENCES[key] ?? [],
    notes,
  }
}

function slice(baskets: BasketSet, first: number | undefined): BasketSet {
  if (first === undefined || first >= baskets.basketCount) return baskets
  return subsetBaskets(
    baskets,
    Int32Array.from({ length: first }, (_, i) => i),
  )
}

function load(spec: BasketCompletionSpec, path: string, notes: string[]): BasketSet {
  if (spec.format === 'fimi') return loadFimi(path)
  if (spec.format === 'groceries') return loadGroceries(path)
  const loaded = loadOrdersCsv(path)
  const excluded = Object.entries(loaded.excluded)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ')
  notes.push(
    `${loaded.layout} lines kept ${loaded.acceptedLines}; excluded ${excluded}; rejected ${loaded.rejected}.`,
  )
  return loaded.baskets
}
