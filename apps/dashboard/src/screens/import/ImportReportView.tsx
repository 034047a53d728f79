import { count } from '../../ui/format.js'
import type { ImportReport, RowIssue } from './report.js'

function RowTable({
  rows,
  caption,
  testId,
}: {
  rows: RowIssue[]
  caption: string
  testId: string
}) {
  return (
    <table data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Column</th>
          <th scope="col">Record</th>
          <th scope="col">Reason</th>
          <th scope="col">Code</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.line}:${r.column ?? ''}:${r.code}`} data-line={r.line}>
            <td className="num">{r.line}</td>
            <td>{r.column ? <code>{r.column}</code> : '—'}</td>
            <td>{r.record ?? '—'}</td>
            <td>{r.message}</td>
            <td>
              <code>{r.code}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The import report: counts, then every rejected and every excluded row with line and reason. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const what = report.kind === 'orders' ? 'orders' : 'products'
  return (
    <div className="report" data-testid={`report-${report.kind}`}>
      <h3>Import report</h3>
      <dl className="tiles small">
        <div>
          <dt>Rows read</dt>
          <dd>{count(report.rows)}</dd>
        </div>
        <div>
          <dt>New {what}</dt>
          <dd data-testid="inserted">{count(report.inserted)}</dd>
        </div>
        {report.kind === 'products' ? (
          <div>
            <dt>Updated</dt>
            <dd>{count(report.updated)}</dd>
          </div>
        ) : (
          <div>
            <dt>Already stored</dt>
            <dd>{count(report.duplicates)}</dd>
          </div>
        )}
        <div>
          <dt>Rejected {what}</dt>
          <dd data-testid="rejected-records">{count(report.rejectedRecords)}</dd>
        </div>
        <div>
          <dt>Rejected rows</dt>
          <dd data-testid="rejected-rows">{count(report.rejected.length)}</dd>
        </div>
        {report.kind === 'orders' ? (
          <div>
            <dt>Rows left out</dt>
            <dd>{count(report.excluded.length)}</dd>
          </div>
        ) : null}
      </dl>
      {report.rejected.length > 0 ? (
        <RowTable
          rows={report.rejected}
          caption="Rejected rows: not imported; fix them and import the file again"
          testId="rejected-table"
        />
      ) : (
        <p className="notice ok">No row was rejected.</p>
      )}
      {report.excluded.length > 0 ? (
        <RowTable
          rows={report.excluded}
          caption="Rows left out by design (returns, zero quantities): not errors"
          testId="excluded-table"
        />
      ) : null}
    </div>
  )
}
