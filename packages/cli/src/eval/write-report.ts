/**
 * Writing a report as `eval.md` and `eval.json` into a directory.
 * @module
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ensureDirectory } from '../ensure-directory.js'
import type { EvalReport } from './report-types.js'

/** Writes `<dir>/eval.md` (the given Markdown) and `<dir>/eval.json`; returns both paths. */
export function writeReport(dir: string, report: EvalReport, markdown: string): string[] {
  ensureDirectory(dir)
  const md = join(dir, 'eval.md')
  const json = join(dir, 'eval.json')
  writeFileSync(md, markdown)
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`)
  return [md, json]
}
