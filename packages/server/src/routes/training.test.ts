import { afterEach, describe, expect, it } from 'vitest'
import { createApp } from '../app.js'
import { ADMIN_TOKEN, type Fixture, fixture, waitForJob } from '../test-support/fixture.js'
import { sampleOrders } from '../test-support/sample-data.js'
import { trainedStore } from '../test-support/trained-store.js'

let f: Fixture
afterEach(async () => {
  await f.close()
})

describe('training jobs', () => {
  it('goes 202 → queued/running → succeeded, with the model version in the result', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const headers = f.auth(keys.secret)
    await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/orders',
      headers,
      payload: { orders: sampleOrders() },
    })
    const started = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/train',
      headers,
      payload: { neighboursPerItem: 20 },
    })
    expect(started.statusCode).toBe(202)
    const job = started.json()
    expect(job).toMatchObject({ kind: 'train', status: 'queued', progress: 0 })
    expect(started.headers['location']).toBe(`/v1/stores/shop/jobs/${job.id}`)
    const done = await waitForJob(f, keys, job.id)
    expect(done).toMatchObject({ status: 'succeeded', progress: 1 })
    expect(done['result']).toMatchObject({ modelVersion: 1, orders: 30, items: 12, customers: 8 })
    const list = await f.app.inject({ url: '/v1/stores/shop/jobs', headers })
    expect(list.json().jobs.map((j: { id: string }) => j.id)).toEqual([job.id])
    expect((await f.app.inject({ url: '/v1/stores/shop', headers })).json().modelVersion).toBe(1)
  })

  it('refuses to train a store without orders (412) and a second job while one runs (409)', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const headers = f.auth(keys.secret)
    const empty = await f.app.inject({ method: 'POST', url: '/v1/stores/shop/train', headers })
    expect(empty.statusCode).toBe(412)
    expect(empty.json().error.message).toMatch(/no orders to train on/)
    await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/orders',
      headers,
      payload: { orders: sampleOrders() },
    })
    const first = await f.app.inject({ method: 'POST', url: '/v1/stores/shop/train', headers })
    const second = await f.app.inject({ method: 'POST', url: '/v1/stores/shop/train', headers })
    expect(second.statusCode).toBe(409)
    expect(second.json().error.message).toContain(first.json().id)
    await waitForJob(f, keys, first.json().id)
    const bad = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/train',
      headers,
      payload: { maxBasketSize: 1 },
    })
    expect(bad.statusCode).toBe(400)
  })

  it('answers 404 for a job of no such id', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const r = await f.app.inject({
      url: '/v1/stores/shop/jobs/job_nope',
      headers: f.auth(keys.secret),
    })
    expect(r.statusCode).toBe(404)
  })

  it('lets another instance over the same store serve the new model once it polls', async () => {
    f = fixture()
    const keys = await trainedStore(f, 'shop')
    const other = createApp({
      store: f.store,
      config: { adminToken: ADMIN_TOKEN, logLevel: 'silent', modelPollMs: 0 },
    })
    try {
      const ask = () =>
        other.inject({
          method: 'POST',
          url: '/v1/stores/shop/offers',
          headers: f.auth(keys.publishable),
          payload: { cart: ['LAPTOP-1'] },
        })
      expect((await ask()).json().modelVersion).toBe(1)
      const t = await f.app.inject({
        method: 'POST',
        url: '/v1/stores/shop/train',
        headers: f.auth(keys.secret),
      })
      await waitForJob(f, keys, t.json().id)
      // The first request after the save starts the check and is answered by the cached model.
      await ask()
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect((await ask()).json().modelVersion).toBe(2)
    } finally {
      await other.close()
    }
  })
})
