/**
 * Test fixtures: an app over a fresh memory store, stores and keys created through the API.
 * @module
 */
import { createMemoryStore, type Store } from '@upcross/engine'
import type { LightMyRequestResponse } from 'fastify'
import { createApp } from '../app.js'
import type { ServerConfig } from '../config.js'
import type { App } from '../services.js'

/** The admin token of every test app. */
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdefghij'

/** The keys of one test store. */
export interface StoreKeys {
  storeId: string
  publishable: string
  secret: string
}

/** A test app and what was created in it. */
export interface Fixture {
  app: App
  store: Store
  /** `{ authorization: 'Bearer …' }` for a key or token. */
  auth(key: string): { authorization: string }
  /** Creates a store and one key of each kind through the API. */
  createStore(storeId: string): Promise<StoreKeys>
  close(): Promise<void>
}

/**
 * Starts an app over `store` (default a new memory store) with the admin token set, and `clock`
 * when given (default `Date.now`); log lines go to `logStream` when given.
 */
export function fixture(
  config: Partial<ServerConfig> = {},
  store: Store = createMemoryStore(),
  clock?: () => number,
  logStream?: { write(line: string): void },
): Fixture {
  const app = createApp({
    store,
    ...(clock === undefined ? {} : { clock }),
    ...(logStream === undefined ? {} : { logStream }),
    config: { adminToken: ADMIN_TOKEN, logLevel: 'silent', rateLimit: false, ...config },
  })
  const auth = (key: string) => ({ authorization: `Bearer ${key}` })
  const expectStatus = (r: LightMyRequestResponse, status: number): Record<string, unknown> => {
    if (r.statusCode !== status)
      throw new Error(`expected ${status}, got ${r.statusCode}: ${r.body}`)
    return r.json()
  }
  return {
    app,
    store,
    auth,
    async createStore(storeId) {
      const headers = auth(ADMIN_TOKEN)
      const created = await app.inject({
        method: 'POST',
        url: '/v1/stores',
        headers,
        payload: { id: storeId, currency: 'EUR' },
      })
      expectStatus(created, 201)
      const key = async (kind: string): Promise<string> => {
        const r = await app.inject({
          method: 'POST',
          url: `/v1/stores/${storeId}/keys`,
          headers,
          payload: { kind },
        })
        return expectStatus(r, 201)['key'] as string
      }
      return { storeId, publishable: await key('publishable'), secret: await key('secret') }
    },
    async close() {
      await app.close()
      await store.close()
    },
  }
}

/** Polls a job until it is no longer queued or running (or throws after `ms`). */
export async function waitForJob(
  f: Fixture,
  keys: StoreKeys,
  jobId: string,
  ms = 20_000,
): Promise<Record<string, unknown>> {
  const until = Date.now() + ms
  for (;;) {
    const r = await f.app.inject({
      url: `/v1/stores/${keys.storeId}/jobs/${jobId}`,
      headers: f.auth(keys.secret),
    })
    const job = r.json() as Record<string, unknown>
    if (job['status'] !== 'queued' && job['status'] !== 'running') return job
    if (Date.now() > until) throw new Error(`job ${jobId} still ${job['status']} after ${ms} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
