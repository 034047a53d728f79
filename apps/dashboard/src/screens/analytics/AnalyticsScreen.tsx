import { isUpcrossApiError } from '@upcross/client'
import { type FormEvent, useCallback, useMemo, useState } from 'react'
import { useDashboard } from '../../app/dashboard-context.js'
import { Chart } from '../../charts/Chart.js'
import { ErrorNotice } from '../../ui/ErrorNotice.js'
import { count, currencyDigits, money, percent } from '../../ui/format.js'
import { useAsync } from '../../ui/use-async.js'
import { type AnalyticsReport, analyticsPath, loadAnalytics, type Period } from './analytics-api.js'
import { dailyOption, placementMoneyOption, placementOption } from './chart-options.js'
import { DailyTable } from './DailyTable.js'
import { LiftSection } from './LiftSection.js'
import { MetricsTable } from './MetricsTable.js'

/** Offers shown, taken and earned, by placement and over time, and the lift against the holdout. */
export function AnalyticsScreen() {
  const { client, storeId } = useDashboard()
  const [draft, setDraft] = useState<Period>({})
  const [period, setPeriod] = useState<Period>({})
  const load = useCallback(() => loadAnalytics(client, storeId, period), [client, storeId, period])
  const state = useAsync(load)
  const apply = (event: FormEvent) => {
    event.preventDefault()
    setPeriod({ ...draft })
  }
  return (
    <section aria-labelledby="analytics-title">
      <h1 id="analytics-title">Analytics</h1>
      <form onSubmit={apply} className="inline">
        <label>
          From
          <input
            type="date"
            value={draft.from ?? ''}
            onChange={(e) => setDraft({ ...draft, from: e.target.value || undefined })}
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={draft.to ?? ''}
            onChange={(e) => setDraft({ ...draft, to: e.target.value || undefined })}
          />
        </label>
        <button type="submit">Show</button>
      </form>
      {state.status === 'failed' ? (
        isUpcrossApiError(state.error, 'not_found') ? (
          <p className="notice" role="status">
            The server has no analytics yet (<code>GET {analyticsPath(storeId, period)}</code>{' '}
            answered “{state.error.message}”).
          </p>
        ) : (
          <ErrorNotice error={state.error} title="Analytics could not load" />
        )
      ) : null}
      {state.data ? (
        <AnalyticsBody report={state.data} />
      ) : state.status === 'loading' ? (
        <p>Loading…</p>
      ) : null}
    </section>
  )
}

function AnalyticsBody({ report }: { report: AnalyticsReport }) {
  const { currency, totals, byPlacement, byStrategy, daily, lift } = report
  const digits = currencyDigits(currency)
  const placement = useMemo(() => placementOption(byPlacement), [byPlacement])
  const placementMoney = useMemo(
    () => placementMoneyOption(byPlacement, digits),
    [byPlacement, digits],
  )
  const days = useMemo(() => dailyOption(daily, digits), [daily, digits])
  const windowDays = Math.round(report.windowMs / 86_400_000)
  return (
    <div data-testid="analytics">
      <dl className="tiles">
        <div>
          <dt>Offers shown</dt>
          <dd data-testid="kpi-shown">{count(totals.impressions)}</dd>
        </div>
        <div>
          <dt>Take rate</dt>
          <dd data-testid="kpi-take-rate">{percent(totals.takeRate)}</dd>
        </div>
        <div>
          <dt>Attributed revenue</dt>
          <dd data-testid="kpi-attributed-revenue">{money(totals.attributedRevenue, currency)}</dd>
        </div>
        <div>
          <dt>Attributed margin</dt>
          <dd data-testid="kpi-attributed-margin">{money(totals.attributedMargin, currency)}</dd>
        </div>
        <div>
          <dt>Attach rate</dt>
          <dd data-testid="kpi-attach-rate">{percent(totals.attachRate)}</dd>
        </div>
        <div>
          <dt>Average order value</dt>
          <dd data-testid="kpi-aov">{money(totals.aov, currency)}</dd>
        </div>
      </dl>
      <p className="muted small">
        A purchase is attributed to an offer when its item is bought within {windowDays} days after
        the offer was shown, net of refunds. Margins count only items with a known cost
        {totals.costCoverage === null ? '' : ` (${percent(totals.costCoverage)} of revenue)`}.
      </p>
      {lift ? (
        <LiftSection lift={lift} currency={currency} />
      ) : (
        <p className="notice">
          No holdout customers yet: incremental lift needs a holdout (Experiments screen).
        </p>
      )}
      <section aria-labelledby="by-placement">
        <h2 id="by-placement">By placement</h2>
        {byPlacement.length === 0 ? (
          <p>No offer was shown yet.</p>
        ) : (
          <>
            <div className="charts">
              <Chart
                option={placement}
                label="Offers shown and taken per placement, with the take rate; the table below lists them"
                testId="chart-placement"
              />
              <Chart
                option={placementMoney}
                label="Attributed revenue and margin per placement; the table below lists them"
              />
            </div>
            <MetricsTable
              rows={byPlacement}
              caption="Offers by placement"
              keyLabel="Placement"
              currency={currency}
              testId="placement-table"
            />
          </>
        )}
      </section>
      <section aria-labelledby="over-time">
        <h2 id="over-time">Over time</h2>
        {daily.length === 0 ? (
          <p>Nothing to chart yet.</p>
        ) : (
          <>
            <Chart
              option={days}
              label="Offers shown and taken and attributed revenue per day; the table below lists them"
              testId="chart-daily"
            />
            <DailyTable points={daily} currency={currency} />
          </>
        )}
      </section>
      {byStrategy.length > 1 ? (
        <section aria-labelledby="by-strategy">
          <h2 id="by-strategy">By strategy</h2>
          <MetricsTable
            rows={byStrategy}
            caption="Offers by strategy (experiment variant)"
            keyLabel="Strategy"
            currency={currency}
            testId="strategy-table"
          />
        </section>
      ) : null}
    </div>
  )
}
