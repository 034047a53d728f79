/**
 * The Markdown of a trade-up section: counts, hit rates with CIs, the paired difference, the
 * verdict and the upsell sanity of the model.
 * @module
 */
import type { Interval, UpsellSanity } from 'upcross/eval'
import type { EvalSection } from './report-types.js'

/** Renders one trade-up section (its `tradeUp` facts must be set). */
export function renderTradeUpSection(s: EvalSection): string[] {
  const t = s.tradeUp!
  const out = [
    `## ${s.dataset} — trade-up (${s.split})`,
    '',
    `Category: ${t.category}.  `,
    `Event rule: ${t.rule}.  `,
    `Split: ${s.description}; cut-off ${t.cutoff}.`,
    '',
    `Events: ${t.historyEvents} in the whole history (whole-history median prices); ` +
      `**${t.events} evaluated** across the cut-off, from ${t.eventCustomers} customers and ` +
      `${t.eventItems} distinct A items. Training SKUs ${t.trainSkus} ` +
      `(${t.trainSkusWithCategory} with a category).`,
    '',
    `| method | ${s.metricNames.join(' | ')} | empty lists |`,
    `|---|${s.metricNames.map(() => '---').join('|')}|---|`,
  ]
  for (const m of s.methods) {
    const cells = s.metricNames.map((n) => cell(m.metrics[n]!))
    out.push(`| ${m.name} | ${cells.join(' | ')} | ${t.emptyLists[m.name] ?? 0} |`)
  }
  out.push('')
  if (s.comparison) {
    const c = s.comparison
    out.push(
      `Paired difference ${c.method} − ${c.baseline}, bootstrap over events and over customers:`,
      '',
    )
    for (const n of s.metricNames) {
      const d = c.metrics[n]!.difference
      const k = t.clustered[n]
      out.push(
        `- ${n}: ${signed(d.estimate)} ${range(d)}; customer-clustered ${k ? range(k) : 'n/a'}`,
      )
    }
    out.push('')
  }
  out.push(`**Verdict (${s.metricNames[s.metricNames.length - 1]}): ${t.verdict}.**`, '')
  if (t.sanity) out.push(...renderSanity(t.sanity))
  for (const note of s.notes) out.push(note, '')
  return out
}

function renderSanity(x: UpsellSanity): string[] {
  const row = (name: string, c: UpsellSanity['declared']) =>
    `| ${name} | ${c.offers} | ${share(c.sameCategory, c.offers)} | ${share(c.higherPriced, c.offers)} | ${share(c.withinStep, c.offers)} | ${share(c.allChecks, c.offers)} |`
  return [
    'Upsell sanity of the model trained on the training purchases (`upsellSanity`, every item’s ' +
      `upsells; categories ${x.categoriesKnown ? 'known' : 'unknown: same-category not checked'}; ` +
      'declared "all" = category and price only):',
    '',
    '| source | offers | same category | higher price | within step | all checks |',
    '|---|---|---|---|---|---|',
    row('declared', x.declared),
    row('learned', x.learned),
    '',
  ]
}

function share(n: number, of: number): string {
  return of === 0 ? '—' : `${((100 * n) / of).toFixed(1)} %`
}

function cell(i: Interval): string {
  return `${i.estimate.toFixed(4)} [${i.low.toFixed(4)}, ${i.high.toFixed(4)}]`
}

function range(i: Interval): string {
  return `[${signed(i.low)}, ${signed(i.high)}]`
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${x.toFixed(4)}`
}
