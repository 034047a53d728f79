/**
 * What `upcross mine pairs` reports: the summary record, its one-line form and the pairs CSV.
 * @module
 */
import type { FrequentPairs } from 'upcross/mining'

/** The summary of one `mine pairs` run (the `--json` output). */
export interface MinePairsSummary {
  file: string
  baskets: number
  items: number
  minSupport: number
  minCount: number
  frequentItems: number
  /** Pair increments: Σ n(n−1)/2 over baskets, n = frequent items in the basket. */
  increments: number
  frequentPairs: number
  /** Rejected lines. */
  issues: number
  /** Reading, decompressing and parsing the file into baskets. */
  parseSeconds: number
  /** Counting the pairs. */
  countSeconds: number
  /** Baskets per second over parse + count. */
  basketsPerSecond: number
  /** Millions of pair increments per second of counting. */
  mincPerSecond: number
  /** Peak resident memory of the process so far (`process.resourceUsage().maxRSS`). */
  maxRssMiB: number
}

/** Renders the summary as one `key=value` line. */
export function formatSummaryLine(s: MinePairsSummary): string {
  return [
    `baskets=${s.baskets}`,
    `items=${s.items}`,
    `minCount=${s.minCount}`,
    `frequentItems=${s.frequentItems}`,
    `increments=${s.increments}`,
    `frequentPairs=${s.frequentPairs}`,
    `issues=${s.issues}`,
    `parse=${s.parseSeconds.toFixed(3)}s`,
    `count=${s.countSeconds.toFixed(3)}s`,
    `baskets/s=${Math.round(s.basketsPerSecond)}`,
    `Minc/s=${s.mincPerSecond.toFixed(1)}`,
    `maxRSS=${s.maxRssMiB.toFixed(1)}MiB`,
  ].join(' ')
}

/** The pairs as `sku_a,sku_b,count` CSV with a header, most frequent first (ties by SKUs). */
export function pairsCsv(pairs: FrequentPairs, skus: readonly string[]): string {
  const order = Array.from(pairs.counts.keys())
  const sku = (i: number): string => skus[i] ?? String(i)
  order.sort(
    (x, y) =>
      pairs.counts[y]! - pairs.counts[x]! ||
      compare(sku(pairs.a[x]!), sku(pairs.a[y]!)) ||
      compare(sku(pairs.b[x]!), sku(pairs.b[y]!)),
  )
  const lines = ['sku_a,sku_b,count']
  for (const k of order) {
    lines.push(`${csvField(sku(pairs.a[k]!))},${csvField(sku(pairs.b[k]!))},${pairs.counts[k]}`)
  }
  return `${lines.join('\n')}\n`
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}
