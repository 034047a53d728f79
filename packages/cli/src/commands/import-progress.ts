/**
 * Progress of a running import on stderr: a live line on a terminal, a line every few seconds
 * otherwise (CI logs, pipes).
 * @module
 */
import cliProgress from 'cli-progress'

/** Counts shown while an import runs. */
export interface ProgressCounts {
  rows: number
  accepted: number
  rejected: number
  stored: number
  present: number
}

/** A progress display; `stop` prints the final state and ends it. */
export interface ImportProgress {
  update(counts: ProgressCounts): void
  stop(): void
}

/** Creates the progress display for an import of `what` (`orders`, `products`). */
export function createImportProgress(what: string, enabled: boolean): ImportProgress {
  if (!enabled) return { update() {}, stop() {} }
  const bar = new cliProgress.SingleBar({
    format: `importing ${what}: {rows} rows, {accepted} accepted, {rejected} rejected, {stored} ${what} stored, {present} already present`,
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 5000,
    fps: 5,
    hideCursor: false,
  })
  const zero: ProgressCounts = { rows: 0, accepted: 0, rejected: 0, stored: 0, present: 0 }
  const payload = (c: ProgressCounts): Record<string, string> =>
    Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v.toLocaleString('en-US')]))
  bar.start(0, 0, payload(zero))
  let last = zero
  return {
    update(counts) {
      last = counts
      bar.update(counts.rows, payload(counts))
    },
    stop() {
      bar.update(last.rows, payload(last))
      bar.stop()
    },
  }
}
