/**
 * The real server in process, on 127.0.0.1 and a free port, over an in-memory SQLite store
 * loaded with a slice of the demo data through the public HTTP API (store, keys, products,
 * orders, threshold rules, training), serving the demo store and the widget bundle.
 * @module
 */
import type { Store } from '@upcross/engine'
import { createApp, type DemoShop } from '@upcross/server'
import { openStore } from '@upcross/store-sql'
import { demoSlice } from './demo-data.js'

const ADMIN = 'e2e-admin-token-0123456789abcdefghijklmn'

/** The free-shipping threshold of the demo store, in minor units. */
export const FREE_SHIPPING_AT = 3000

/** A running demo server. */
export interface DemoServer {
  url: string
  storeId: string
  publishable: string
  /** The store's secret (admin) key, as the dashboard logs in with. */
  secret: string
  store: Store
  bestSellers: string[]
  /** `METHOD URL` of every HTTP request the server received, the express lane's included. */
  requests: string[]
  close(): Promise<void>
}

/** Starts the server and loads the demo store (the first `maxOrders` orders of the file). */
export async function startDemoServer(maxOrders?: number): Promise<DemoServer> {
  const store = await openStore('sqlite::memory:')
  const storeId = 'demo'
  // Known once the store, its keys and its catalog exist, which needs the booted app.
  let shop: DemoShop | undefined
  const app = createApp({
    store,
    config: { adminToken: ADMIN, logLevel: 'silent', requestLogging: false, rateLimit: false },
    demo: { catalog: store, shop: () => shop },
  })
  const call = async (method: string, path: string, token: string, payload?: unknown) => {
    const r = await app.inject({
      method: method as 'POST',
      url: `/v1/stores${path}`,
      headers: { authorization: `Bearer ${token}` },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    })
    if (r.statusCode >= 300) throw new Error(`${method} ${path}: ${r.statusCode} ${r.body}`)
    return r.json() as Record<string, unknown>
  }
  await call('POST', '', ADMIN, { id: storeId, currency: 'GBP' })
  const secret = (await call('POST', `/${storeId}/keys`, ADMIN, { kind: 'secret' }))[
    'key'
  ] as string
  const publishable = (await call('POST', `/${storeId}/keys`, ADMIN, { kind: 'publishable' }))[
    'key'
  ] as string
  const slice = demoSlice(maxOrders)
  await call('POST', `/${storeId}/products`, secret, { products: slice.products })
  await call('POST', `/${storeId}/orders`, secret, { orders: slice.orders })
  await call('PUT', `/${storeId}/config/thresholds`, secret, {
    value: {
      rule_sets: [
        {
          currency: 'GBP',
          region: '*',
          tiers: [{ threshold: FREE_SHIPPING_AT, reward: { kind: 'free_shipping' } }],
        },
      ],
    },
  })
  const job = await call('POST', `/${storeId}/train`, secret)
  for (let status = job['status']; status === 'queued' || status === 'running'; ) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    status = (await call('GET', `/${storeId}/jobs/${job['id']}`, secret))['status']
    if (status === 'failed') throw new Error('training the demo store failed')
  }
  shop = { storeId, publishableKey: publishable, currency: 'GBP', featured: slice.bestSellers }
  await app.listen({ host: '127.0.0.1', port: 0 })
  const requests: string[] = []
  app.server.on('request', (req) => requests.push(`${req.method} ${req.url}`))
  const address = app.server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    storeId,
    publishable,
    secret,
    store,
    bestSellers: slice.bestSellers,
    requests,
    async close() {
      await app.close()
      await store.close()
    },
  }
}
