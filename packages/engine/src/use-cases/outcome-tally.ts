/**
 * Counts parser outcomes for an import report, keeping a bounded number of issues in memory.
 * @module
 */
import type { Issue, RecordOutcome } from 'upcross'

/** How many issues of each kind (excluded, rejected) an import keeps in memory by default. */
export const DEFAULT_MAX_ISSUES = 10_000

/** Whether an issue comes from an excluded row or from a rejected row. */
export type IssueKind = 'excluded' | 'rejected'

/** The part of every import report that counts rows and issues. */
export interface ImportCounts {
  /** Records read from the source. */
  rows: number
  /** Rows that were valid and handed to the store. */
  accepted: number
  /** The first excluded-row issues (at most `maxIssues`). */
  excluded: Issue[]
  /** The first rejected-row issues (at most `maxIssues`). */
  rejected: Issue[]
  /** Rows excluded by design (cancellations, postage, …). */
  excludedRows: number
  /** Rows rejected as malformed. */
  rejectedRows: number
  /** Every excluded-row issue counted by code, including the ones not kept. */
  excludedByCode: Record<string, number>
  /** Every rejected-row issue counted by code, including the ones not kept. */
  rejectedByCode: Record<string, number>
  /** Issues counted but not kept because of the `maxIssues` cap. */
  droppedIssues: number
}

/** Tallies outcomes into `ImportCounts`, calling `onIssue` for every issue (uncapped). */
export class OutcomeTally {
  readonly counts: ImportCounts = {
    rows: 0,
    accepted: 0,
    excluded: [],
    rejected: [],
    excludedRows: 0,
    rejectedRows: 0,
    excludedByCode: Object.create(null) as Record<string, number>,
    rejectedByCode: Object.create(null) as Record<string, number>,
    droppedIssues: 0,
  }
  readonly #max: number
  readonly #onIssue: ((kind: IssueKind, issue: Issue) => void) | undefined

  /** Creates a tally keeping at most `maxIssues` issues of each kind. */
  constructor(maxIssues = DEFAULT_MAX_ISSUES, onIssue?: (kind: IssueKind, issue: Issue) => void) {
    this.#max = maxIssues
    this.#onIssue = onIssue
  }

  /** Counts one outcome; returns its row when it was accepted. */
  see<T>(outcome: RecordOutcome<T>): T | undefined {
    const c = this.counts
    c.rows++
    switch (outcome.kind) {
      case 'accept':
        c.accepted++
        return outcome.row
      case 'exclude':
        c.excludedRows++
        this.#keep('excluded', c.excluded, c.excludedByCode, [outcome.issue])
        return undefined
      case 'reject':
        c.rejectedRows++
        this.#keep('rejected', c.rejected, c.rejectedByCode, outcome.issues)
        return undefined
    }
  }

  #keep(
    kind: IssueKind,
    kept: Issue[],
    byCode: Record<string, number>,
    issues: readonly Issue[],
  ): void {
    for (const issue of issues) {
      byCode[issue.code] = (byCode[issue.code] ?? 0) + 1
      if (kept.length < this.#max) kept.push(issue)
      else this.counts.droppedIssues++
      this.#onIssue?.(kind, issue)
    }
  }
}
