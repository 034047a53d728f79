/**
 * The shape of `docs/eval.json`: what one evaluation run measured.
 * @module
 */
import type { Interval } from 'upcross/eval'
import type { ReferenceRow } from './references.js'

/** One method's results in one section. */
export interface MethodSummary {
  name: string
  /** Training time (sum over folds) and total query time, milliseconds. */
  trainMs: number
  queryMs: number
  /** Queries the query time covers (all sections trained together share one timer). */
  timedQueries: number
  /** Mean with its 95 % bootstrap CI, per metric. */
  metrics: Record<string, Interval>
}

/** The paired comparison of the upcross model against the section's bar. */
export interface Comparison {
  method: string
  baseline: string
  /** mean(method − baseline) and mean(method) / mean(baseline), each with a 95 % CI. */
  metrics: Record<string, { difference: Interval; ratio: Interval }>
}

/** One data set × protocol × split. */
export interface EvalSection {
  /** `<dataset>/<protocol>/<split>`. */
  key: string
  dataset: string
  protocol: string
  split: string
  /** Human description of the split and queries. */
  description: string
  /** Queries (basket completion) or test users summed over folds (next basket). */
  queries: number
  folds: number
  metricNames: string[]
  methods: MethodSummary[]
  comparison?: Comparison
  references: readonly ReferenceRow[]
  notes: string[]
}

/** Facts about the run itself. */
export interface EvalMeta {
  command: string
  date: string
  commit: string
  node: string
  quick: boolean
  ks: number[]
  resamples: number
  seconds: number
}

/** A whole evaluation run. */
export interface EvalReport {
  meta: EvalMeta
  sections: EvalSection[]
}
