/**
 * The shape of `docs/eval.json`: what one evaluation run measured.
 * @module
 */
import type { Interval, UpsellSanity } from 'upcross/eval'
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
  /** Trade-up sections: the rule, the counts and the verdict. */
  tradeUp?: TradeUpFacts
}

/** What a trade-up section found before scoring. */
export interface TradeUpFacts {
  /** How the category was derived, and the price rule, in words. */
  category: string
  rule: string
  /** ISO time of the cut-off. */
  cutoff: string
  trainPurchases: number
  testPurchases: number
  trainSkus: number
  trainSkusWithCategory: number
  /** Events of the whole history, and those evaluated (across the cut-off). */
  historyEvents: number
  events: number
  eventCustomers: number
  /** Distinct A items the events ask about. */
  eventItems: number
  /** Per method: events whose list was empty. */
  emptyLists: Record<string, number>
  /** upcross − baseline per metric with customers resampled (events of one customer together). */
  clustered: Record<string, Interval>
  /** Plain-words comparison of upcross with the baseline at the last cut-off (both CIs). */
  verdict: string
  /** `upsellSanity` of the model trained on the training purchases (first rule of a variant). */
  sanity?: UpsellSanity
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
