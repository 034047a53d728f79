import { type FormEvent, useId, useRef, useState } from 'react'
import { useDashboard } from '../../app/dashboard-context.js'
import { hashOf } from '../../app/routes.js'
import { ErrorNotice } from '../../ui/ErrorNotice.js'
import { ProgressBar } from '../../ui/ProgressBar.js'
import { prepareOrders } from './csv/orders-csv.js'
import { prepareProducts } from './csv/products-csv.js'
import { readCsv } from './csv/read-csv.js'
import { ImportReportView } from './ImportReportView.js'
import type { ImportReport } from './report.js'
import { ImportStopped, importOrders, importProducts } from './run-import.js'

type Phase =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'sending'; sent: number; total: number }
  | { step: 'done'; report: ImportReport }
  | { step: 'failed'; error: unknown; report?: ImportReport }

/** One file's import: choose, send in batches with a progress bar, then the report. */
export function FileImport({
  kind,
  title,
  hint,
}: {
  kind: 'orders' | 'products'
  title: string
  hint: string
}) {
  const { client, storeId, refresh } = useDashboard()
  const [phase, setPhase] = useState<Phase>({ step: 'idle' })
  const input = useRef<HTMLInputElement>(null)
  const id = useId()
  const busy = phase.step === 'reading' || phase.step === 'sending'

  const run = async (event: FormEvent) => {
    event.preventDefault()
    const file = input.current?.files?.[0]
    if (!file) return
    setPhase({ step: 'reading' })
    try {
      const table = readCsv(await file.text())
      const onProgress = (sent: number, total: number) => setPhase({ step: 'sending', sent, total })
      let report: ImportReport
      if (kind === 'orders') {
        const prepared = prepareOrders(table)
        if ('fatal' in prepared) throw new Error(`${file.name}: ${prepared.fatal}`)
        report = await importOrders(client, storeId, prepared, onProgress)
      } else {
        const prepared = prepareProducts(table)
        if ('fatal' in prepared) throw new Error(`${file.name}: ${prepared.fatal}`)
        report = await importProducts(client, storeId, prepared, onProgress)
      }
      setPhase({ step: 'done', report })
    } catch (error) {
      if (error instanceof ImportStopped)
        setPhase({ step: 'failed', error: error.cause, report: error.report })
      else setPhase({ step: 'failed', error })
    }
    await refresh().catch(() => undefined)
  }

  const report = phase.step === 'done' || phase.step === 'failed' ? phase.report : undefined
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid={`import-${kind}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <form onSubmit={run}>
        <label htmlFor={`${id}-file`}>CSV file</label>
        <p className="muted small" id={`${id}-hint`}>
          Columns: <code>{hint}</code>
        </p>
        <input
          id={`${id}-file`}
          ref={input}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${id}-hint`}
          required
          disabled={busy}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Importing…' : `Import ${kind}`}
        </button>
      </form>
      <div aria-live="polite">
        {phase.step === 'reading' ? <p>Reading the file…</p> : null}
        {phase.step === 'sending' ? (
          <ProgressBar
            label={`Sending ${kind}: ${phase.sent} of ${phase.total}`}
            value={phase.sent}
            max={phase.total}
          />
        ) : null}
      </div>
      {phase.step === 'failed' ? (
        <ErrorNotice
          error={phase.error}
          title={report ? `The import stopped after ${report.sent} ${kind}` : 'The import failed'}
        />
      ) : null}
      {report ? <ImportReportView report={report} /> : null}
      {phase.step === 'done' && kind === 'orders' && phase.report.inserted > 0 ? (
        <p>
          New orders are in: <a href={hashOf('overview')}>train a model</a> to learn from them.
        </p>
      ) : null}
    </section>
  )
}
