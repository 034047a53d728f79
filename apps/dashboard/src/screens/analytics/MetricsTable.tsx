import { count, money, percent } from '../../ui/format.js'
import type { OfferMetrics } from './analytics-api.js'

/** Offer metrics per row (placement or strategy), every number the charts draw. */
export function MetricsTable({
  rows,
  caption,
  keyLabel,
  currency,
  testId,
}: {
  rows: readonly OfferMetrics[]
  caption: string
  keyLabel: string
  currency: string
  testId: string
}) {
  return (
    <div className="scroll">
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyLabel}</th>
            <th scope="col">Shown</th>
            <th scope="col">Clicks</th>
            <th scope="col">CTR</th>
            <th scope="col">Taken</th>
            <th scope="col">Take rate</th>
            <th scope="col">Attributed revenue</th>
            <th scope="col">Attributed margin</th>
            <th scope="col">Attach rate</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-key={r.key}>
              <th scope="row">{r.key}</th>
              <td className="num">{count(r.impressions)}</td>
              <td className="num">{count(r.clicks)}</td>
              <td className="num">{percent(r.ctr)}</td>
              <td className="num">{count(r.taken)}</td>
              <td className="num">{percent(r.takeRate)}</td>
              <td className="num">{money(r.attributedRevenue, currency)}</td>
              <td className="num">{money(r.attributedMargin, currency)}</td>
              <td className="num">{percent(r.attachRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
