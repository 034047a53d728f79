import { createUpcrossClient, type StoreSummary, type UpcrossClient } from '@upcross/client'
import { useCallback, useMemo, useState } from 'react'
import { LoginScreen } from '../screens/login/LoginScreen.js'
import { type Dashboard, DashboardContext } from './dashboard-context.js'
import { Layout } from './Layout.js'
import { ScreenSwitch } from './ScreenSwitch.js'
import { clearSession, loadSession, type Session, saveSession } from './session.js'

interface SignedIn {
  session: Session
  client: UpcrossClient
  summary: StoreSummary
}

/** The dashboard: the login screen until a store's secret key is accepted, then the screens. */
export function App() {
  const [signedIn, setSignedIn] = useState<SignedIn | undefined>(undefined)
  const remembered = useMemo(loadSession, [])

  const signIn = useCallback(async (session: Session) => {
    const client = createUpcrossClient({ baseUrl: session.baseUrl, key: session.key })
    // The summary proves the key: 401 for a wrong key, 403 for a publishable one, 404 for the store.
    const summary = await client.getStore(session.storeId)
    saveSession(session)
    setSignedIn({ session, client, summary })
  }, [])

  const signOut = useCallback(() => {
    clearSession()
    setSignedIn(undefined)
  }, [])

  const dashboard = useMemo<Dashboard | undefined>(() => {
    if (!signedIn) return undefined
    const { client, session, summary } = signedIn
    return {
      client,
      storeId: session.storeId,
      summary,
      currency: summary.store.currency,
      refresh: async () => {
        const fresh = await client.getStore(session.storeId)
        setSignedIn((s) => (s && s.client === client ? { ...s, summary: fresh } : s))
      },
    }
  }, [signedIn])

  if (!dashboard) return <LoginScreen remembered={remembered} onSignIn={signIn} />
  return (
    <DashboardContext.Provider value={dashboard}>
      <Layout onSignOut={signOut}>
        <ScreenSwitch />
      </Layout>
    </DashboardContext.Provider>
  )
}
