/**
 * The signed-in store and its secret key, kept in `sessionStorage`: a secret key should not
 * outlive the browser tab it was typed into.
 * @module
 */

/** Who is signed in, and where the API answers. */
export interface Session {
  storeId: string
  key: string
  baseUrl: string
}

const KEY = 'upcross.dashboard.session'

/** The session of this tab, if any. */
export function loadSession(): Session | undefined {
  try {
    const raw = sessionStorage.getItem(KEY)
    if (!raw) return undefined
    const s = JSON.parse(raw) as Partial<Session>
    if (typeof s.storeId === 'string' && typeof s.key === 'string' && typeof s.baseUrl === 'string')
      return { storeId: s.storeId, key: s.key, baseUrl: s.baseUrl }
  } catch {
    // Storage blocked or garbled: sign in again.
  }
  return undefined
}

/** Remembers the session for this tab. */
export function saveSession(session: Session): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(session))
  } catch {
    // Storage blocked: the session lasts until the page reloads.
  }
}

/** Forgets the session. */
export function clearSession(): void {
  try {
    sessionStorage.removeItem(KEY)
  } catch {}
}
