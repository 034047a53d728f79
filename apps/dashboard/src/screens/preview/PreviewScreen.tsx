import { type ApiIssue, isUpcrossApiError, type OffersAnswer } from '@upcross/client'
import { type FormEvent, useState } from 'react'
import { useDashboard } from '../../app/dashboard-context.js'
import { IssueList } from '../../form/FieldShell.js'
import { ErrorNotice } from '../../ui/ErrorNotice.js'
import { PLACEMENTS } from '../config/placements.js'
import { OfferList } from './OfferList.js'
import { type PreviewInput, previewRequest } from './preview-request.js'

const FIELDS: { key: Exclude<keyof PreviewInput, 'placement'>; label: string; hint: string }[] = [
  { key: 'cart', label: 'Cart (SKUs)', hint: 'separated by commas; never offered back' },
  { key: 'sku', label: 'Product being viewed (SKU)', hint: 'for the product page and choices' },
  { key: 'customer', label: 'Customer id', hint: 'personal offers from their history' },
  { key: 'session', label: 'Session id', hint: 'frequency caps and dismissals per session' },
  { key: 'limit', label: 'Most offers', hint: '1 to 1000; default 10' },
  { key: 'at', label: 'At (moment)', hint: 'ISO 8601 with a zone; default now' },
]

/** Offers for any cart, product or customer, with their explanations, as a shopper would get them. */
export function PreviewScreen() {
  const { client, storeId } = useDashboard()
  const [input, setInput] = useState<PreviewInput>({
    placement: 'cart',
    cart: '',
    sku: '',
    customer: '',
    session: '',
    limit: '5',
    at: '',
  })
  const [answer, setAnswer] = useState<OffersAnswer | undefined>(undefined)
  const [error, setError] = useState<unknown>(undefined)
  const [busy, setBusy] = useState(false)
  const issues: ApiIssue[] = isUpcrossApiError(error, 'invalid_input') ? error.issues : []
  const at = (key: string) => issues.filter((i) => i.path[0] === key)

  const run = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      setAnswer(await client.offers(storeId, previewRequest(input)))
    } catch (e) {
      setError(e)
      setAnswer(undefined)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="preview-title">
      <h1 id="preview-title">Preview</h1>
      <p className="muted">
        Exactly what a placement would show. Previews are not shopper traffic: send no events for
        them.
      </p>
      <form onSubmit={run} className="grid-form" noValidate>
        <div className="field">
          <label htmlFor="pv-placement">Placement</label>
          <select
            id="pv-placement"
            value={input.placement}
            onChange={(e) => setInput({ ...input, placement: e.target.value })}
          >
            {PLACEMENTS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        {FIELDS.map((f) => {
          const own = at(f.key)
          return (
            <div className={own.length > 0 ? 'field invalid' : 'field'} key={f.key}>
              <label htmlFor={`pv-${f.key}`}>{f.label}</label>
              <input
                id={`pv-${f.key}`}
                value={input[f.key]}
                onChange={(e) => setInput({ ...input, [f.key]: e.target.value })}
                aria-invalid={own.length > 0 ? true : undefined}
                aria-describedby={`pv-${f.key}-hint${own.length > 0 ? ` pv-${f.key}-issues` : ''}`}
              />
              <p className="hint" id={`pv-${f.key}-hint`}>
                {f.hint}
              </p>
              <IssueList id={`pv-${f.key}-issues`} issues={own} />
            </div>
          )
        })}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Asking…' : 'Show offers'}
          </button>
        </div>
      </form>
      <ErrorNotice error={error} title="No offers" />
      {answer ? <OfferList answer={answer} /> : null}
    </section>
  )
}
