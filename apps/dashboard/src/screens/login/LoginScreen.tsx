import { isUpcrossApiError } from '@upcross/client'
import { type FormEvent, useState } from 'react'
import type { Session } from '../../app/session.js'
import { ErrorNotice } from '../../ui/ErrorNotice.js'

/** Why a sign-in failed, in the merchant's words (the server's message stays underneath). */
function explain(error: unknown): string {
  if (isUpcrossApiError(error, 'unauthorized')) return 'This key is unknown or was revoked'
  if (isUpcrossApiError(error, 'forbidden'))
    return 'This key may not manage the store: use its secret key (upx_sk_…), not the publishable one'
  if (isUpcrossApiError(error, 'not_found')) return 'There is no store with this id'
  if (isUpcrossApiError(error, 'network_error')) return 'The server does not answer'
  return 'Signing in failed'
}

/** Sign-in with a store id and its secret (admin) key. */
export function LoginScreen({
  remembered,
  onSignIn,
}: {
  remembered: Session | undefined
  onSignIn(session: Session): Promise<void>
}) {
  const [storeId, setStoreId] = useState(remembered?.storeId ?? '')
  const [key, setKey] = useState(remembered?.key ?? '')
  const [baseUrl, setBaseUrl] = useState(remembered?.baseUrl ?? location.origin)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(undefined)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      await onSignIn({ storeId: storeId.trim(), key: key.trim(), baseUrl: baseUrl.trim() })
    } catch (e) {
      setError(e)
      setBusy(false)
    }
  }

  return (
    <main className="login" id="main">
      <h1>upcross dashboard</h1>
      <p className="muted">Sign in with your store's id and its secret key.</p>
      <form onSubmit={submit} aria-describedby={error ? 'login-error' : undefined}>
        <label>
          Store id
          <input
            name="storeId"
            value={storeId}
            onChange={(e) => setStoreId(e.target.value)}
            required
            pattern="[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}"
            autoComplete="username"
          />
        </label>
        <label>
          Secret key
          <input
            name="key"
            type="password"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            required
            autoComplete="current-password"
            spellCheck={false}
          />
        </label>
        <details>
          <summary>Server</summary>
          <label>
            API address
            <input
              name="baseUrl"
              type="url"
              value={baseUrl}
              onChange={(e) => setBaseUrl(e.target.value)}
              required
            />
          </label>
        </details>
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <div id="login-error">
        {error ? <ErrorNotice error={error} title={explain(error)} /> : null}
      </div>
      <p className="muted small">
        The key stays in this browser tab only (session storage) and is sent to the API address
        above, nowhere else.
      </p>
    </main>
  )
}
