/**
 * What the batch import use cases share: their options, the batch-size check, the outcome tally,
 * the batch count and the progress reports.
 * @module
 */
import type { Issue } from 'upcross'
import { UpcrossError } from 'upcross'
import { type IssueKind, OutcomeTally } from './outcome-tally.js'

/** The row counts every import progress report starts with. */
export interface ImportRowProgress {
  rows: number
  accepted: number
  excludedRows: number
  rejectedRows: number
}

/** Options of a batch import; `P` is what `onProgress` receives. */
export interface BatchImportOptions<P> {
  /** Items per batch; each batch is written in one transaction (default 1000). */
  batchSize?: number
  /** Called after every batch and every `progressEvery` rows. */
  onProgress?: (progress: P) => void
  /** Rows between two `onProgress` calls when no batch is written (default 10,000). */
  progressEvery?: number
  /** Issues of each kind kept in the report (default 10,000); the rest are only counted. */
  maxIssues?: number
  /** Called for every excluded or rejected issue, uncapped (e.g. to write a report file). */
  onIssue?: (kind: IssueKind, issue: Issue) => void
}

/**
 * One running batch import: checks the batch size, tallies outcomes, counts batches and reports
 * progress as the row counts plus the import's own `totals()`.
 */
export class BatchImport<E extends object> {
  readonly tally: OutcomeTally
  readonly batchSize: number
  /** Transactions committed so far. */
  batches = 0
  readonly #progressEvery: number
  readonly #options: BatchImportOptions<ImportRowProgress & E>
  readonly #totals: () => E

  /** Throws `invalid_input` when `options.batchSize` is not a positive integer. */
  constructor(
    options: BatchImportOptions<ImportRowProgress & E>,
    defaultBatchSize: number,
    totals: () => E,
  ) {
    const batchSize = options.batchSize ?? defaultBatchSize
    if (!Number.isInteger(batchSize) || batchSize < 1) {
      throw new UpcrossError(
        'invalid_input',
        `batch size must be a positive integer, not ${batchSize}`,
      )
    }
    this.batchSize = batchSize
    this.#progressEvery = options.progressEvery ?? 10_000
    this.#options = options
    this.#totals = totals
    this.tally = new OutcomeTally(options.maxIssues, options.onIssue)
  }

  /** Calls `onProgress` with the current counts. */
  progress(): void {
    const c = this.tally.counts
    this.#options.onProgress?.({
      rows: c.rows,
      accepted: c.accepted,
      excludedRows: c.excludedRows,
      rejectedRows: c.rejectedRows,
      ...this.#totals(),
    })
  }

  /** Call after each row: reports progress every `progressEvery` rows. */
  rowDone(): void {
    if (this.tally.counts.rows % this.#progressEvery === 0) this.progress()
  }

  /** Call after each committed batch: counts it and reports progress. */
  batchDone(): void {
    this.batches++
    this.progress()
  }
}
