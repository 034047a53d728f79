import { useMemo } from 'react'
import { Chart } from '../../charts/Chart.js'
import { count, currencyDigits, decimal, money, signedPercent } from '../../ui/format.js'
import { incrementalTotal, type LiftMetric, type LiftReport } from './analytics-api.js'
import { intervalOption } from './chart-options.js'
import { ciText, intervalText, signed } from './interval-text.js'

/** Offers against the holdout: incremental revenue and margin with confidence intervals. */
export function LiftSection({ lift, currency }: { lift: LiftReport; currency: string }) {
  const m = (v: number | null) => signed(v, (x) => money(x, currency))
  const digits = currencyDigits(currency)
  const revenueTotal = incrementalTotal(lift.revenuePerUnit, lift.treated.units)
  const marginTotal = incrementalTotal(lift.marginPerUnit, lift.treated.units)
  const option = useMemo(() => {
    const major = (i: LiftMetric['difference']) => ({
      estimate: i.estimate === null ? null : i.estimate / 10 ** digits,
      low: i.low === null ? null : i.low / 10 ** digits,
      high: i.high === null ? null : i.high / 10 ** digits,
    })
    return intervalOption(
      [
        { name: 'revenue per customer', interval: major(lift.revenuePerUnit.difference) },
        { name: 'margin per customer', interval: major(lift.marginPerUnit.difference) },
        { name: 'order value (AOV)', interval: major(lift.aov.difference) },
      ],
      lift.level,
    )
  }, [lift, digits])
  const rows: [string, LiftMetric, (v: number | null) => string, (v: number | null) => string][] = [
    ['Revenue per customer', lift.revenuePerUnit, (v) => money(v, currency), m],
    [
      'Orders per customer',
      lift.ordersPerUnit,
      (v) => decimal(v, 3),
      (v) => signed(v, (x) => decimal(x, 3)),
    ],
    ['Average order value', lift.aov, (v) => money(v, currency), m],
    ['Margin per customer', lift.marginPerUnit, (v) => money(v, currency), m],
  ]
  return (
    <section aria-labelledby="lift-title" data-testid="lift">
      <h2 id="lift-title">Incremental lift against the holdout</h2>
      <p className="muted">
        {count(lift.treated.units)} customers saw offers, {count(lift.control.units)} were held out
        and saw none. Intervals: {Math.round(lift.level * 100)} % bootstrap, {count(lift.resamples)}{' '}
        resamples. An interval that includes 0 means the lift is not established yet.
      </p>
      <dl className="tiles">
        <div>
          <dt>Incremental revenue</dt>
          <dd data-testid="kpi-incremental-revenue">{m(revenueTotal.estimate)}</dd>
          <dd className="ci">{ciText(revenueTotal, lift.level, m)}</dd>
        </div>
        <div>
          <dt>Incremental margin</dt>
          <dd data-testid="kpi-incremental-margin">{m(marginTotal.estimate)}</dd>
          <dd className="ci">{ciText(marginTotal, lift.level, m)}</dd>
        </div>
      </dl>
      <Chart
        option={option}
        label="Differences against the holdout with their confidence intervals; the table below lists them"
        height={200}
      />
      <div className="scroll">
        <table data-testid="lift-table">
          <caption>Offers against the holdout, per customer</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">With offers</th>
              <th scope="col">Holdout</th>
              <th scope="col">Difference</th>
              <th scope="col">Relative</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, metric, plain, diff]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td className="num">{plain(metric.treated)}</td>
                <td className="num">{plain(metric.control)}</td>
                <td className="num">{intervalText(metric.difference, lift.level, diff)}</td>
                <td className="num">
                  {intervalText(metric.relative, lift.level, (v) => signedPercent(v))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
