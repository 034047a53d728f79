/**
 * The real server for the client's tests: `createApp` over an in-memory SQLite store, listening
 * on 127.0.0.1 and a free port, with a store and one key of each kind made through the client.
 * @module
 */
import { createApp } from '@upcross/server'
import { openStore } from '@upcross/store-sql'
import { createUpcrossClient, type UpcrossClient } from '../client.js'

/** The deployment admin token of the test server. */
export const ADMIN_TOKEN = 'client-test-admin-token-0123456789abcdef'

/** A running server with one store. */
export interface LiveServer {
  baseUrl: string
  storeId: string
  secret: string
  publishable: string
  /** A client with the store's secret key. */
  client: UpcrossClient
  close(): Promise<void>
}

/** Starts the server and creates store `storeId` with its keys. */
export async function startLiveServer(storeId = 'shop'): Promise<LiveServer> {
  const store = await openStore('sqlite::memory:')
  const app = createApp({
    store,
    config: {
      adminToken: ADMIN_TOKEN,
      logLevel: 'silent',
      requestLogging: false,
      rateLimit: false,
    },
  })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const address = app.server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  const baseUrl = `http://127.0.0.1:${port}`
  const admin = createUpcrossClient({ baseUrl, key: ADMIN_TOKEN })
  await admin.createStore({ id: storeId, name: 'Test shop', currency: 'EUR' })
  const secret = (await admin.createKey(storeId, 'secret')).key
  const publishable = (await admin.createKey(storeId, 'publishable')).key
  return {
    baseUrl,
    storeId,
    secret,
    publishable,
    client: createUpcrossClient({ baseUrl, key: secret }),
    async close() {
      await app.close()
      await store.close()
    },
  }
}
