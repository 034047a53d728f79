import { createMemoryStore } from '@upcross/engine'
import { afterEach, describe, expect, it } from 'vitest'
import { type StartedServer, startServer } from './start-server.js'
import { ADMIN_TOKEN } from './test-support/fixture.js'
import { SAMPLE_PRODUCTS, sampleOrders } from './test-support/sample-data.js'

let server: StartedServer | undefined
const store = createMemoryStore()
afterEach(async () => {
  await server?.close()
  server = undefined
})

describe('startServer', () => {
  it('serves the API over a real socket on 127.0.0.1, from a new store to offers', async () => {
    server = await startServer({
      store,
      port: 0,
      config: { adminToken: ADMIN_TOKEN, logLevel: 'silent', modelPollMs: 0 },
    })
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const call = async (method: string, path: string, token: string, body?: unknown) => {
      const r = await fetch(`${server!.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever the API answered
      return { status: r.status, body: (await r.json()) as Record<string, any> }
    }
    expect((await call('POST', '/v1/stores', ADMIN_TOKEN, { id: 'web' })).status).toBe(201)
    const sk = (await call('POST', '/v1/stores/web/keys', ADMIN_TOKEN, { kind: 'secret' })).body[
      'key'
    ]
    const pk = (await call('POST', '/v1/stores/web/keys', sk, { kind: 'publishable' })).body['key']
    await call('POST', '/v1/stores/web/products', sk, { products: SAMPLE_PRODUCTS })
    await call('POST', '/v1/stores/web/orders', sk, { orders: sampleOrders() })
    const job = await call('POST', '/v1/stores/web/train', sk)
    expect(job.status).toBe(202)
    let status = job.body['status']
    while (status === 'queued' || status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20))
      status = (await call('GET', `/v1/stores/web/jobs/${job.body['id']}`, sk)).body['status']
    }
    expect(status).toBe('succeeded')
    const offers = await call('POST', '/v1/stores/web/offers', pk, { cart: ['COFFEE-1'], limit: 2 })
    expect(offers.status).toBe(200)
    expect(offers.body['offers'][0]).toMatchObject({ sku: 'FILTER-1' })
    expect(['cross_sell', 'bundle']).toContain(offers.body['offers'][0].kind)
    const docs = await fetch(`${server.url}/docs/json`)
    expect(docs.status).toBe(200)
    expect(((await docs.json()) as { openapi: string }).openapi).toBe('3.1.0')
  })
})
