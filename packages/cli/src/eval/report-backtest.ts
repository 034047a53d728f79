/**
 * The backtest report as Markdown (the terminal output and docs/offers.md use the same text).
 * @module
 */
import { formatMinor } from 'upcross'
import type { Interval } from 'upcross/eval'
import type { BacktestResult } from './run-backtest.js'

const pct = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '–')
const ci = (i: Interval, f: (x: number) => string): string =>
  `${f(i.estimate)} [${f(i.low)}, ${f(i.high)}]`
const signed = (f: (x: number) => string) => (x: number) => (x >= 0 ? `+${f(x)}` : `−${f(-x)}`)

/** Renders a backtest result; money in the store currency `currency`. */
export function renderBacktest(r: BacktestResult, source: string, currency: string): string {
  const money = (x: number): string => `${formatMinor(Math.round(x))} ${currency}`
  const pts = (x: number): string => `${(x * 100).toFixed(1)} pts`
  const a = r.assumptions
  const out = [
    `## Backtest: ${source}`,
    '',
    `Trained on the ${r.trainOrders} orders before ${r.from.slice(0, 10)}; replayed the ${r.testOrders} orders from then on (${r.baskets} with at least two distinct items). Each replayed order's first half (⌈n/2⌉ distinct items, in line order) is the cart at the \`${r.placement}\` placement; a policy shows up to ${r.limit} offers; an offer counts as taken when the rest of that real order holds its item (a bundle: every item it adds).`,
    '',
    `Assumptions: cost = ${pct(a.costShare)} of price where the catalog has none${a.costsKnown ? '' : ' (this data has no costs)'}; incrementality ${pct(a.incrementality)} of a taken offer's revenue counted as caused by the offer${a.incrementality >= 1 ? ' — an upper bound: some of those items would have been bought anyway, which only a holdout measures' : ''}. Margin = revenue − cost − discounts given. 95 % percentile bootstrap intervals over baskets.`,
    '',
    '| policy | baskets touched | hit share | extra revenue | extra margin |',
    '|---|---|---|---|---|',
  ]
  for (const p of r.policies)
    out.push(
      `| ${p.name} | ${p.touched} of ${p.baskets} | ${ci(p.hitShare, pct)} | ${ci(p.revenueTotal, money)} | ${ci(p.marginTotal, money)} |`,
    )
  out.push('', '| comparison (paired) | hit share | margin per basket |', '|---|---|---|')
  for (const c of r.comparisons)
    out.push(
      `| ${c.policy} − ${c.against} | ${ci(c.hitShareDiff, signed(pts))} | ${ci(c.marginPerBasketDiff, signed(money))} |`,
    )
  for (const p of r.policies) {
    const types = Object.entries(p.byType).sort((x, y) => y[1].shown - x[1].shown)
    if (types.length === 0) continue
    out.push(
      '',
      `Offers of **${p.name}** by type:`,
      '',
      '| type | shown | taken | hit rate |',
      '|---|---|---|---|',
    )
    for (const [type, t] of types)
      out.push(`| ${type} | ${t.shown} | ${t.taken} | ${pct(t.hitRate)} |`)
  }
  return `${out.join('\n')}\n`
}
