/**
 * The batch contract: JSON-lines requests in, one JSON line of offers per request out.
 * @module
 */

import { once } from 'node:events'
import { createReadStream, createWriteStream } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Writable } from 'node:stream'
import {
  formatIssue,
  type Issue,
  type Model,
  parseRecommendRequest,
  recommend,
  UpcrossError,
} from 'upcross'

/** What a batch run did. */
export interface BatchReport {
  answered: number
  rejected: number
}

/**
 * Answers every request line of `requestsPath`. A line that is not valid JSON or not a valid
 * request still gets one output line, `{"id":…,"offers":[],"error":{…}}`, and its issues go to
 * standard error with the line number; blank lines are skipped.
 */
export async function recommendBatch(
  model: Model,
  requestsPath: string,
  outPath?: string,
): Promise<BatchReport> {
  const input = createReadStream(requestsPath)
  const opened = once(input, 'open').catch((error: Error) => {
    throw new UpcrossError(
      'invalid_input',
      `cannot read requests file ${requestsPath}: ${error.message}`,
    )
  })
  await opened
  const out: Writable = outPath ? createWriteStream(outPath) : process.stdout
  const report: BatchReport = { answered: 0, rejected: 0 }
  let lineNo = 0
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
  for await (const line of lines) {
    lineNo++
    if (line.trim() === '') continue
    const text = answer(model, line, lineNo, requestsPath, report)
    if (!out.write(`${text}\n`)) await once(out, 'drain')
  }
  if (outPath) {
    out.end()
    await once(out, 'finish')
  }
  return report
}

function answer(
  model: Model,
  line: string,
  lineNo: number,
  file: string,
  report: BatchReport,
): string {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return reject(report, null, [
      {
        code: 'invalid_json',
        path: [],
        message: `not valid JSON: ${(error as Error).message}`,
        source: { file, line: lineNo },
      },
    ])
  }
  const parsed = parseRecommendRequest(value)
  if (!parsed.ok) {
    const id =
      typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined
    const issues = parsed.issues.map((issue) => ({ ...issue, source: { file, line: lineNo } }))
    return reject(
      report,
      typeof id === 'string' || typeof id === 'number' ? String(id) : null,
      issues,
    )
  }
  report.answered++
  return JSON.stringify({ id: parsed.value.id, offers: recommend(model, parsed.value) })
}

function reject(report: BatchReport, id: string | null, issues: Issue[]): string {
  report.rejected++
  for (const issue of issues) process.stderr.write(`${formatIssue(issue)}\n`)
  return JSON.stringify({
    id,
    offers: [],
    error: { code: 'invalid_input', message: issues.map((i) => i.message).join('; '), issues },
  })
}
