import type { OffersAnswer } from '@upcross/client'
import { decimal } from '../../ui/format.js'

/** The offers of one answer in order, each with its kind, score and every reason in words. */
export function OfferList({ answer }: { answer: OffersAnswer }) {
  return (
    <section aria-labelledby="pv-result" data-testid="preview-offers" aria-live="polite">
      <h2 id="pv-result">
        {answer.offers.length === 0 ? 'No offers' : `${answer.offers.length} offers`} at{' '}
        <code>{answer.placement}</code>
      </h2>
      <p className="muted small">
        Model version {answer.modelVersion} · request <code>{answer.requestId}</code>
      </p>
      {answer.warnings.length > 0 ? (
        <ul className="notice">
          {answer.warnings.map((w) => (
            <li key={`${w.code}:${w.path.join('.')}`}>{w.message}</li>
          ))}
        </ul>
      ) : null}
      <ol className="offers">
        {answer.offers.map((o) => (
          <li key={o.id}>
            <p>
              <strong>{o.sku}</strong>{' '}
              <span className={`badge ${o.kind}`}>{o.kind.replace('_', '-')}</span>{' '}
              <span className="muted small">score {decimal(o.score, 4)}</span>
            </p>
            <ul>
              {o.text.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
            <details>
              <summary>Reasons as data</summary>
              <pre>{JSON.stringify(o.reasons, null, 2)}</pre>
            </details>
          </li>
        ))}
      </ol>
      {answer.dropped && answer.dropped.length > 0 ? (
        <details data-testid="preview-dropped">
          <summary>{answer.dropped.length} not shown, and why</summary>
          <ul>
            {answer.dropped.map((d) => (
              // A candidate is dropped once, by the first guard that objects: the SKU is a key.
              <li key={d.sku}>
                <strong>{d.sku}</strong>: {d.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {answer.rules && answer.rules.length > 0 ? (
        <details>
          <summary>{answer.rules.length} merchant rule effects</summary>
          <pre>{JSON.stringify(answer.rules, null, 2)}</pre>
        </details>
      ) : null}
    </section>
  )
}
