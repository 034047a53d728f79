/**
 * The text summary `upcross import` prints when it is done.
 * @module
 */
import type { ImportCounts } from '@upcross/engine'
import { formatIssue } from 'upcross'

/** How many rejected issues the summary lists one by one. */
export const REJECTED_SHOWN = 20

const num = (n: number): string => n.toLocaleString('en-US')

function byCode(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  return entries.map(([code, n]) => `${code} ${num(n)}`).join(', ')
}

/** Renders the summary: counts, reasons by code, store results and the first rejected rows. */
export function formatImportSummary(
  title: string,
  counts: ImportCounts,
  results: readonly [label: string, value: number][],
  reportFile?: string,
): string {
  const rows: [string, string][] = [
    ['rows read', num(counts.rows)],
    ['accepted', num(counts.accepted)],
    ['excluded', num(counts.excludedRows)],
    ['rejected', num(counts.rejectedRows)],
    ...results.map(([label, value]): [string, string] => [label, num(value)]),
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  const numWidth = Math.max(...rows.map(([, value]) => value.length))
  const out = [title]
  for (const [label, value] of rows) {
    let line = `  ${label.padEnd(width)}  ${value.padStart(numWidth)}`
    if (label === 'excluded' && counts.excludedRows > 0)
      line += `  (${byCode(counts.excludedByCode)})`
    if (label === 'rejected' && counts.rejectedRows > 0)
      line += `  (${byCode(counts.rejectedByCode)})`
    out.push(line)
  }
  if (counts.rejected.length > 0) {
    const shown = counts.rejected.slice(0, REJECTED_SHOWN)
    const total = Object.values(counts.rejectedByCode).reduce((a, b) => a + b, 0)
    out.push(`first ${shown.length} of ${num(total)} rejected-row issues:`)
    for (const issue of shown) out.push(`  ${formatIssue(issue)}`)
  }
  if (reportFile !== undefined) out.push(`every excluded and rejected row: ${reportFile}`)
  else if (counts.rejectedRows + counts.excludedRows > 0) {
    out.push('use --report <file> to write every excluded and rejected row as JSON lines')
  }
  return `${out.join('\n')}\n`
}
