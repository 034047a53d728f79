/**
 * The batch contract: JSON-lines requests in, one JSON line of offers per request out.
 * @module
 */

import { once } from 'node:events'
import { createReadStream, createWriteStream } from 'node:fs'
import { dirname } from 'node:path'
import { createInterface } from 'node:readline'
import type { Writable } from 'node:stream'
import {
  formatIssue,
  type Issue,
  type Offer,
  parseRecommendRequest,
  type RecommendRequest,
  UpcrossError,
} from 'upcross'
import { ensureDirectory } from './ensure-directory.js'

/** What a batch run did. */
export interface BatchReport {
  answered: number
  rejected: number
}

/**
 * Answers every request line of `requestsPath`. A line that is not valid JSON or not a valid
 * request still gets one output line, `{"id":…,"offers":[],"error":{…}}`, and its issues go to
 * standard error with the line number; blank lines are skipped, and so is a UTF-8 byte order
 * mark at the start of the file. An output file that cannot be created is `invalid_input`.
 */
export async function recommendBatch(
  serve: (request: RecommendRequest) => Offer[],
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
  let out: Writable = process.stdout
  if (outPath) {
    try {
      ensureDirectory(dirname(outPath))
      out = createWriteStream(outPath)
      await once(out, 'open')
    } catch (error) {
      input.destroy()
      throw new UpcrossError(
        'invalid_input',
        `cannot write the output file ${outPath}: ${(error as Error).message}`,
        { cause: error },
      )
    }
  }
  // A write error (disk full, …) rejects the pending `once` below instead of crashing the process.
  let writeError: Error | undefined
  const onError = (error: Error): void => {
    writeError ??= error
  }
  out.on('error', onError)
  const report: BatchReport = { answered: 0, rejected: 0 }
  let lineNo = 0
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
  try {
    for await (const raw of lines) {
      lineNo++
      const line = lineNo === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw
      if (line.trim() === '') continue
      const text = answer(serve, line, lineNo, requestsPath, report)
      if (writeError) break
      if (!out.write(`${text}\n`)) await once(out, 'drain')
    }
    if (outPath && !writeError) {
      out.end()
      await once(out, 'finish')
    }
  } catch (error) {
    writeError ??= error as Error
  } finally {
    out.off('error', onError)
  }
  if (writeError) {
    input.destroy()
    throw new UpcrossError(
      'unavailable',
      `cannot write the offers${outPath ? ` to ${outPath}` : ''}: ${writeError.message}`,
      { cause: writeError },
    )
  }
  return report
}

function answer(
  serve: (request: RecommendRequest) => Offer[],
  line: string,
  lineNo: number,
  file: string,
  report: BatchReport,
): string {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return reject(report, salvageId(line), [
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
  return JSON.stringify({ id: parsed.value.id, offers: serve(parsed.value) })
}

/**
 * The `"id"` of a line that is not valid JSON, when one can still be read from it, so a caller
 * can match the error line to its request; `null` otherwise.
 */
function salvageId(line: string): string | null {
  const m = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(line)
  if (!m) return null
  try {
    return String(JSON.parse(m[1]!))
  } catch {
    return null
  }
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
