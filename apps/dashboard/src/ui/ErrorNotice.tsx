import { isUpcrossApiError } from '@upcross/client'
import { pathText } from './paths.js'

/** An error as the merchant should read it: the server's message, its issues, the request id. */
export function ErrorNotice({ error, title }: { error: unknown; title?: string }) {
  if (error === undefined || error === null) return null
  const api = isUpcrossApiError(error) ? error : undefined
  const message = error instanceof Error ? error.message : String(error)
  return (
    <div role="alert" className="notice error">
      <p>
        <strong>{title ?? 'Something went wrong'}:</strong> {message}
        {api && api.code !== 'network_error' ? <span className="muted"> ({api.code})</span> : null}
      </p>
      {api && api.issues.length > 0 ? (
        <ul>
          {api.issues.map((i) => (
            <li key={`${pathText(i.path)}:${i.code}`}>
              <code>{pathText(i.path) || '(document)'}</code>: {i.message}
            </li>
          ))}
        </ul>
      ) : null}
      {api?.requestId ? (
        <p className="muted small">
          Request id <code>{api.requestId}</code>: quote it when reporting the problem.
        </p>
      ) : null}
    </div>
  )
}
