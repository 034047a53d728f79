/**
 * The work of `upcross mine pairs`: stream a basket file into the core's FIMI reader, count the
 * frequent pairs, report. Loaded lazily by `mine.ts`; it imports the core's light `upcross/mining`
 * and `upcross/errors` entry points, not all of `upcross`, because start-up is part of every run.
 * @module
 */
import { writeFile } from 'node:fs/promises'
import { formatIssue } from 'upcross/errors'
import { countFrequentPairs, createFimiBasketReader } from 'upcross/mining'
import { EXIT } from '../exit-codes.js'
import { expectedBytes, readFileChunks } from './mine-read.js'
import { formatSummaryLine, type MinePairsSummary, pairsCsv } from './mine-summary.js'

const SHOWN_ISSUES = 10

/** Options of `runMinePairs`, as parsed by the command. */
export interface MinePairsOptions {
  minSupport: number
  json?: boolean
  out?: string
}

/** Mines the frequent pairs of a FIMI file, prints the summary and resolves to the exit code. */
export async function runMinePairs(file: string, options: MinePairsOptions): Promise<number> {
  const t0 = performance.now()
  const size = expectedBytes(file)
  const reader = createFimiBasketReader(
    size === undefined ? { file } : { file, expectedBytes: size },
  )
  await readFileChunks(file, (chunk) => reader.push(chunk))
  const { baskets, issues, itemCounts, maxBasketLength } = reader.end()
  const t1 = performance.now()
  const pairs = countFrequentPairs(baskets, {
    minSupport: options.minSupport,
    itemCounts,
    maxBasketLength,
  })
  const t2 = performance.now()
  if (options.out !== undefined) await writeFile(options.out, pairsCsv(pairs, baskets.skus))
  const parseSeconds = (t1 - t0) / 1000
  const countSeconds = (t2 - t1) / 1000
  const summary: MinePairsSummary = {
    file,
    baskets: baskets.basketCount,
    items: baskets.skus.length,
    minSupport: options.minSupport,
    minCount: pairs.minCount,
    frequentItems: pairs.frequentItems,
    increments: pairs.increments,
    frequentPairs: pairs.counts.length,
    issues: issues.length,
    parseSeconds,
    countSeconds,
    basketsPerSecond: baskets.basketCount / Math.max(parseSeconds + countSeconds, 1e-9),
    mincPerSecond: pairs.increments / Math.max(countSeconds, 1e-9) / 1e6,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  }
  for (const issue of issues.slice(0, SHOWN_ISSUES)) {
    process.stderr.write(`upcross: ${formatIssue(issue)}\n`)
  }
  if (issues.length > SHOWN_ISSUES) {
    process.stderr.write(`upcross: … and ${issues.length - SHOWN_ISSUES} more rejected lines\n`)
  }
  process.stdout.write(`${options.json ? JSON.stringify(summary) : formatSummaryLine(summary)}\n`)
  return issues.length > 0 ? EXIT.rejectedRows : EXIT.ok
}
