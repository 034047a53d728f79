import { count, money, percent } from '../../ui/format.js'
import type { DailyPoint } from './analytics-api.js'

/** The daily series as a table, behind a disclosure: long, but every charted number is there. */
export function DailyTable({
  points,
  currency,
}: {
  points: readonly DailyPoint[]
  currency: string
}) {
  return (
    <details>
      <summary>The numbers per day</summary>
      <div className="scroll">
        <table data-testid="daily-table">
          <caption>Per day (UTC)</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Shown</th>
              <th scope="col">Taken</th>
              <th scope="col">Take rate</th>
              <th scope="col">Attributed revenue</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.day}>
                <th scope="row">{p.day}</th>
                <td className="num">{count(p.impressions)}</td>
                <td className="num">{count(p.taken)}</td>
                <td className="num">{percent(p.takeRate)}</td>
                <td className="num">{money(p.attributedRevenue, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}
