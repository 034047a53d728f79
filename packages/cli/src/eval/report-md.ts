/**
 * `docs/eval.md`: one table per section and cut-off, references beside the measured rows.
 * @module
 */
import type { Interval } from 'upcross/eval'
import { renderTradeUpSection } from './report-trade-up-md.js'
import type { EvalReport, EvalSection } from './report-types.js'

/** Renders the whole report as Markdown. */
export function renderMarkdown(report: EvalReport): string {
  const { meta } = report
  const out: string[] = [
    '# Offline evaluation',
    '',
    `Command: \`${meta.command}\`  `,
    `Date: ${meta.date}  `,
    `Commit: ${meta.commit}  `,
    `Node ${meta.node}; ${meta.resamples} bootstrap resamples (percentile, 95 %)${meta.quick ? '; **quick mode (subsampled, not comparable)**' : ''}; run took ${meta.seconds} s.`,
    '',
    'Cells are means with 95 % bootstrap confidence intervals. Reference rows (*ref*) are the',
    'numbers of `research/datasets.md` for the same protocol. NDCG uses binary gains and IDCG over',
    '|truth| positions (Reality-Check `get_NDCG`); with one hidden item HR@K = Recall@K.',
    'Revenue@K is the price (major units) of the hidden item when the list finds it.',
    '',
    'Protocols. *Basket completion*: basket = distinct items; random 80/20 split by shuffling the',
    'basket indices with a CPython-compatible `random.Random(42)` (`pythonRandom`), or temporal',
    '80/20 by basket time; the same generator then hides one item, `choice(sorted(basket))`, of',
    'each test basket with ≥ 2 items; methods rank up to max(K) items for the rest of the basket.',
    '*Next basket*: every method trains on all users’ history baskets; each test user gets a list',
    'for an empty cart (`follow_up` for upcross) scored against the last basket; keysets are the',
    'five published Reality-Check keysets, the TIFU split sorts users by id and tests the last 20 %.',
    'Baselines: popularity (G-TopFreq), raw co-occurrence counts summed over the cart with',
    'popularity ties and fill, P-TopFreq and GP-TopFreq as in the Reality-Check code.',
    '*Trade-up*: purchases split at the 80 % quantile of basket times; an event is a customer who',
    'bought A before the cut-off and a pricier B of the same category after it; upcross lists the',
    '`upsell` offers of `recommend` (placement `product`, cart [A]); the baseline lists pricier',
    'items of A’s category by training popularity. HR@K per event, paired bootstrap of the',
    'difference per event and with customers resampled (events of one customer are not independent).',
    '',
  ]
  for (const section of report.sections) out.push(...renderSection(section, meta.ks))
  return `${out.join('\n')}\n`
}

function renderSection(s: EvalSection, ks: readonly number[]): string[] {
  if (s.tradeUp) return renderTradeUpSection(s)
  const out = [
    `## ${s.dataset} — ${s.protocol} (${s.split})`,
    '',
    `${s.description}. Queries: ${s.queries}.`,
    '',
  ]
  for (const k of ks) {
    const names = s.metricNames.filter((n) => n.endsWith(`@${k}`))
    const scale = (n: string) => (n.startsWith('Revenue') ? 0.01 : 1)
    out.push(`| method | ${names.join(' | ')} |`, `|---|${names.map(() => '---').join('|')}|`)
    for (const m of s.methods) {
      out.push(`| ${m.name} | ${names.map((n) => cell(m.metrics[n]!, scale(n))).join(' | ')} |`)
    }
    for (const r of s.references) {
      if (!names.some((n) => r.metrics[n] !== undefined)) continue
      const cells = names.map((n) =>
        r.metrics[n] === undefined ? '' : `*${r.metrics[n]!.toFixed(4)}*`,
      )
      out.push(`| *ref* ${r.method} | ${cells.join(' | ')} |`)
    }
    out.push('')
  }
  if (s.comparison) {
    const c = s.comparison
    out.push(`Paired comparison ${c.method} vs ${c.baseline} (difference; relative change):`, '')
    for (const k of ks) {
      const names = s.metricNames.filter((n) => n.endsWith(`@${k}`) && !n.startsWith('Revenue'))
      const parts = names.map((n) => {
        const { difference: d, ratio: r } = c.metrics[n]!
        return `${n} ${signed(d.estimate)} [${signed(d.low)}, ${signed(d.high)}]; ${pct(r.estimate - 1)} [${pct(r.low - 1)}, ${pct(r.high - 1)}]`
      })
      out.push(`- ${parts.join('  \n  ')}`)
    }
    out.push('')
  }
  out.push('| method | train s | query ms / query |', '|---|---|---|')
  for (const m of s.methods) {
    out.push(
      `| ${m.name} | ${(m.trainMs / 1000).toFixed(2)} | ${(m.queryMs / Math.max(1, m.timedQueries)).toFixed(3)} |`,
    )
  }
  out.push('')
  const check = referenceCheck(s)
  if (check) out.push(check, '')
  const sources = [...new Set(s.references.map((r) => r.source))]
  if (sources.length > 0) out.push(`References: ${sources.join('; ')}.`, '')
  for (const note of s.notes) out.push(note, '')
  return out
}

function cell(i: Interval, scale: number): string {
  const f = (x: number) => (x * scale).toFixed(4)
  return `${f(i.estimate)} [${f(i.low)}, ${f(i.high)}]`
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${x.toFixed(4)}`
}

function pct(x: number): string {
  if (!Number.isFinite(x)) return 'n/a'
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`
}

/** One line: the largest gap between each re-run baseline and its reference numbers. */
function referenceCheck(s: EvalSection): string | undefined {
  const parts: string[] = []
  for (const r of s.references) {
    const m = s.methods.find((x) => x.name === r.method)
    if (!m) continue
    let gap = 0
    let compared = 0
    for (const [name, value] of Object.entries(r.metrics)) {
      const measured = m.metrics[name]
      if (!measured) continue
      gap = Math.max(gap, Math.abs(measured.estimate - value))
      compared++
    }
    if (compared > 0) parts.push(`${r.method} max |Δ| ${gap.toFixed(4)} over ${compared} numbers`)
  }
  return parts.length > 0 ? `Reference check: ${parts.join('; ')}.` : undefined
}
