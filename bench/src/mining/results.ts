/**
 * From measured runs to verdicts: medians, whole-process rates, the ratio to C++, pass or fail.
 * @module
 */
import type { BenchDataset } from './datasets.js'
import type { ProgramReport } from './program-output.js'
import { max, median, min } from './stats.js'

/** One measured run of one program: harness wall clock plus the program's own report. */
export interface MeasuredRun {
  seconds: number
  report: ProgramReport
}

/** Several runs of one program on one data set, boiled down. */
export interface ToolSummary {
  runs: number
  /** Whole-process seconds of each measured run, in order. */
  secondsPerRun: number[]
  medianSeconds: number
  minSeconds: number
  /** Baskets per second of whole-process median time. */
  basketsPerSecond: number
  /** Millions of pair increments per second of whole-process median time. */
  mincPerSecond: number
  /** Highest peak RSS over the runs. */
  maxRssMiB: number
  /** Medians of the program's own phases, and of the rest (start-up, exit). */
  parseSeconds: number
  countSeconds: number
  otherSeconds: number
  frequentPairs: number
  increments: number
}

/** The outcome on one data set. */
export interface DatasetResult {
  dataset: BenchDataset
  reference: ToolSummary
  ours: ToolSummary
  /** Median whole-process seconds, upcross / C++. */
  ratio: number
  timePass: boolean
  memoryPass: boolean
  /** Differences between the answers (must be empty). */
  mismatches: string[]
}

/** Summarises the runs of one program (at least one). */
export function summarizeRuns(runs: readonly MeasuredRun[]): ToolSummary {
  const seconds = runs.map((r) => r.seconds)
  const first = runs[0]
  if (first === undefined) throw new RangeError('no runs to summarise')
  const medianSeconds = median(seconds)
  return {
    runs: runs.length,
    secondsPerRun: seconds,
    medianSeconds,
    minSeconds: min(seconds),
    basketsPerSecond: first.report.baskets / medianSeconds,
    mincPerSecond: first.report.increments / medianSeconds / 1e6,
    maxRssMiB: max(runs.map((r) => r.report.maxRssMiB)),
    parseSeconds: median(runs.map((r) => r.report.parseSeconds)),
    countSeconds: median(runs.map((r) => r.report.countSeconds)),
    otherSeconds: median(
      runs.map((r) => r.seconds - r.report.parseSeconds - r.report.countSeconds),
    ),
    frequentPairs: first.report.frequentPairs,
    increments: first.report.increments,
  }
}

/** Lists every way the runs disagree with each other or with the data set's known answer. */
export function findMismatches(
  dataset: BenchDataset,
  reference: readonly MeasuredRun[],
  ours: readonly MeasuredRun[],
): string[] {
  const problems: string[] = []
  const fields = ['baskets', 'minCount', 'increments', 'frequentPairs'] as const
  for (const [tool, runs] of [
    ['C++', reference],
    ['upcross', ours],
  ] as const) {
    runs.forEach((run, i) => {
      if (run.report.frequentPairs !== dataset.expectedPairs) {
        problems.push(
          `${dataset.name}: ${tool} run ${i + 1} found ${run.report.frequentPairs} frequent pairs, expected ${dataset.expectedPairs}`,
        )
      }
      const ref = reference[0]?.report
      if (ref === undefined) return
      for (const field of fields) {
        if (run.report[field] !== ref[field]) {
          problems.push(
            `${dataset.name}: ${tool} run ${i + 1} ${field}=${run.report[field]}, C++ says ${ref[field]}`,
          )
        }
      }
    })
  }
  return problems
}

/** Compares the two programs on one data set against its targets. */
export function judge(
  dataset: BenchDataset,
  reference: readonly MeasuredRun[],
  ours: readonly MeasuredRun[],
): DatasetResult {
  const ref = summarizeRuns(reference)
  const our = summarizeRuns(ours)
  const ratio = our.medianSeconds / ref.medianSeconds
  return {
    dataset,
    reference: ref,
    ours: our,
    ratio,
    timePass: ratio <= dataset.maxRatio,
    memoryPass: dataset.maxRssMiB === undefined || our.maxRssMiB <= dataset.maxRssMiB,
    mismatches: findMismatches(dataset, reference, ours),
  }
}
