/**
 * What every screen needs: the client with the store's secret key, the store, and a way to
 * refresh its summary after an import or a training run.
 * @module
 */
import type { StoreSummary, UpcrossClient } from '@upcross/client'
import { createContext, useContext } from 'react'

/** The signed-in store as the screens see it. */
export interface Dashboard {
  client: UpcrossClient
  storeId: string
  summary: StoreSummary
  /** The store currency (ISO 4217), for formatting money. */
  currency: string
  /** Reads the store summary again (counts, model version). */
  refresh(): Promise<void>
}

/** Provided by `App` once signed in. */
export const DashboardContext = createContext<Dashboard | undefined>(undefined)

/** The signed-in store; only screens under `App`'s provider call it. */
export function useDashboard(): Dashboard {
  const d = useContext(DashboardContext)
  if (!d) throw new Error('useDashboard outside a signed-in dashboard')
  return d
}
