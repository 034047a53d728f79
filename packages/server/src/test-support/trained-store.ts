/**
 * A store with the sample catalog and orders, trained through the API.
 * @module
 */
import type { Fixture, StoreKeys } from './fixture.js'
import { waitForJob } from './fixture.js'
import { SAMPLE_PRODUCTS, sampleOrders } from './sample-data.js'

/** Creates `storeId`, loads the sample data, trains, and waits for the job to succeed. */
export async function trainedStore(f: Fixture, storeId: string): Promise<StoreKeys> {
  const keys = await f.createStore(storeId)
  const headers = f.auth(keys.secret)
  const url = `/v1/stores/${storeId}`
  const p = await f.app.inject({
    method: 'POST',
    url: `${url}/products`,
    headers,
    payload: { products: SAMPLE_PRODUCTS },
  })
  if (p.statusCode !== 200) throw new Error(p.body)
  const o = await f.app.inject({
    method: 'POST',
    url: `${url}/orders`,
    headers,
    payload: { orders: sampleOrders() },
  })
  if (o.statusCode !== 200) throw new Error(o.body)
  const t = await f.app.inject({ method: 'POST', url: `${url}/train`, headers })
  if (t.statusCode !== 202) throw new Error(t.body)
  const job = await waitForJob(f, keys, t.json().id)
  if (job['status'] !== 'succeeded') throw new Error(JSON.stringify(job))
  return keys
}
