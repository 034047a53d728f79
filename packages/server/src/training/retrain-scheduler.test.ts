import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createMemoryStore, type Job, type Store } from '@upcross/engine'
import { deserializeModel, type Order } from 'upcross'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../app.js'
import type { ModelCache } from '../offers/model-cache.js'
import { ADMIN_TOKEN, type Fixture, fixture, waitForJob } from '../test-support/fixture.js'
import { sampleOrders } from '../test-support/sample-data.js'
import { ACTIVE_JOB_MS, RETRY_MS, RetrainScheduler } from './retrain-scheduler.js'
import { TrainingJobs } from './training-jobs.js'

const HOUR = 3_600_000
const T0 = Date.parse('2025-03-01T00:00:00Z')

/** The sample orders as the store takes them, ids prefixed so that more can be added. */
function orders(prefix = ''): Order[] {
  return sampleOrders().map((o) => ({
    id: `${prefix}${o.id}`,
    customerId: o.customer ?? '',
    orderedAt: Date.parse(o.orderedAt),
    lines: o.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, unitPrice: 100 })),
  }))
}

async function settled(store: Store, job: Job): Promise<Job> {
  for (;;) {
    const now = (await store.getJob(job.storeId, job.id))!
    if (now.status === 'succeeded' || now.status === 'failed') return now
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('scheduled retraining in the app (pinned clock)', () => {
  let f: Fixture
  afterEach(async () => {
    await f.close()
  })

  it('retrains a store with an old model and new orders; not one without new orders, nor one without the document', async () => {
    let now = T0
    const clock = () => now
    f = fixture({ retrainCheckMs: 0 }, createMemoryStore(), clock)
    // Checked in id order: when "c-due" is retrained, the two others were looked at before.
    for (const id of ['a-no-document', 'b-no-new-orders', 'c-due']) {
      const keys = await f.createStore(id)
      const headers = f.auth(keys.secret)
      await f.store.insertOrders(id, orders())
      const t = await f.app.inject({ method: 'POST', url: `/v1/stores/${id}/train`, headers })
      expect((await waitForJob(f, keys, t.json().id))['status']).toBe('succeeded')
      if (id !== 'a-no-document') {
        const put = await f.app.inject({
          method: 'PUT',
          url: `/v1/stores/${id}/config/training`,
          headers,
          payload: { value: { retrainEveryHours: 24, minNewOrders: 2 } },
        })
        expect(put.statusCode).toBe(200)
      }
    }
    await f.store.insertOrders('a-no-document', orders('new-'))
    await f.store.insertOrders('b-no-new-orders', orders('new-').slice(0, 1)) // 1 < minNewOrders
    await f.store.insertOrders('c-due', orders('new-').slice(0, 2))
    now = T0 + 25 * HOUR
    // Another instance over the same store, checking every 10 ms.
    const other = createApp({
      store: f.store,
      clock,
      config: { adminToken: ADMIN_TOKEN, logLevel: 'silent', retrainCheckMs: 10 },
    })
    try {
      await other.ready()
      while ((await f.store.latestModelVersion('c-due')) < 2)
        await new Promise((resolve) => setTimeout(resolve, 5))
      const [job, first] = await f.store.listJobs('c-due')
      expect(job!.createdAt).toBe(T0 + 25 * HOUR)
      expect(first!.createdAt).toBe(T0)
      const done = await settled(f.store, job!)
      expect(done.result).toMatchObject({ modelVersion: 2, orders: 32 })
      expect(await f.store.latestModelVersion('a-no-document')).toBe(1)
      expect(await f.store.latestModelVersion('b-no-new-orders')).toBe(1)
      expect(await f.store.listJobs('a-no-document')).toHaveLength(1)
      expect(await f.store.listJobs('b-no-new-orders')).toHaveLength(1)
    } finally {
      await other.close()
    }
  })

  it('validates the training document, with the path of each issue', async () => {
    f = fixture({ retrainCheckMs: 0 })
    const keys = await f.createStore('shop')
    const put = (value: unknown) =>
      f.app.inject({
        method: 'PUT',
        url: '/v1/stores/shop/config/training',
        headers: f.auth(keys.secret),
        payload: { value },
      })
    const bad = await put({
      retrainEveryHours: 0,
      minNewOrders: 1.5,
      settings: { maxBasketSize: 1, colour: 'red' },
      every: 3,
    })
    expect(bad.statusCode).toBe(400)
    const issues = bad.json().error.issues as { path: unknown[]; message: string }[]
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ['value', 'every'],
        ['value', 'retrainEveryHours'],
        ['value', 'minNewOrders'],
        ['value', 'settings', 'maxBasketSize'],
        ['value', 'settings', 'colour'],
      ]),
    )
    expect(issues).toHaveLength(5)
    expect((await put([24])).json().error.issues[0]).toMatchObject({ path: ['value'] })
    expect((await put({ minNewOrders: 3 })).json().error.issues).toEqual([
      expect.objectContaining({ code: 'missing_key', path: ['value', 'retrainEveryHours'] }),
    ])
    const good = await put({ retrainEveryHours: 12, settings: { halfLifeDays: null } })
    expect(good.statusCode).toBe(200)
  })
})

describe('RetrainScheduler', () => {
  const dir = mkdtempSync(join(tmpdir(), 'upcross-scheduler-test-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  let store: Store
  let now: number
  const instances: TrainingJobs[] = []
  const errors: unknown[] = []

  /** One instance's jobs and scheduler over `s` (the store's port, possibly wrapped). */
  function instance(over: Store = store, workerEntry?: () => Promise<URL>) {
    const jobs = new TrainingJobs(
      over,
      () => now,
      { invalidate: () => undefined } as unknown as ModelCache,
      (error) => errors.push(error),
      workerEntry ? { workerEntry } : {},
    )
    instances.push(jobs)
    return new RetrainScheduler(
      over,
      jobs,
      () => now,
      (error) => errors.push(error),
    )
  }

  async function schedule(value: unknown): Promise<void> {
    await store.putDocument('s', 'training', value, now)
  }

  beforeEach(async () => {
    store = createMemoryStore()
    now = T0
    errors.length = 0
    await store.createTenant({ id: 's', name: 'Shop', currency: 'EUR', createdAt: T0 })
    await store.insertOrders('s', orders())
  })

  afterEach(async () => {
    for (const jobs of instances.splice(0)) await jobs.close()
    await store.close()
    expect(errors).toEqual([])
  })

  it('trains a never-trained store at once, with the settings of the document', async () => {
    await schedule({ retrainEveryHours: 24, settings: { neighboursPerItem: 1 } })
    const [job] = await instance().check()
    expect((await settled(store, job!)).status).toBe('succeeded')
    const model = deserializeModel((await store.latestModel('s'))!.bytes)
    expect(model.meta.params.neighboursPerItem).toBe(1)
    // Just trained: not due again, however many orders arrive, until the interval is over.
    await store.insertOrders('s', orders('new-'))
    now += 23 * HOUR
    expect(await instance().check()).toEqual([])
    now += 2 * HOUR
    expect(await instance().check()).toHaveLength(1)
  })

  it('retrains on age alone with minNewOrders 0, and never when disabled', async () => {
    await schedule({ retrainEveryHours: 1, minNewOrders: 0 })
    const scheduler = instance()
    await settled(store, (await scheduler.check())[0]!)
    now += 2 * HOUR
    await settled(store, (await scheduler.check())[0]!)
    expect(await store.latestModelVersion('s')).toBe(2)
    await schedule({ retrainEveryHours: 1, minNewOrders: 0, enabled: false })
    now += 2 * HOUR
    expect(await scheduler.check()).toEqual([])
  })

  it('starts one job when two instances find the store due at the same moment', async () => {
    await schedule({ retrainEveryHours: 24 })
    // Both instances read the claim before either writes it: only compare-and-set tells them apart.
    let release: () => void = () => undefined
    const bothRead = new Promise<void>((resolve) => {
      release = resolve
    })
    let reads = 0
    const racing = new Proxy(store, {
      get(target, key, receiver) {
        if (key !== 'getDocument') return Reflect.get(target, key, receiver)
        return async (storeId: string, name: string) => {
          const doc = await target.getDocument(storeId, name)
          if (name === 'training_claim' && ++reads === 2) release()
          if (name === 'training_claim') await bothRead
          return doc
        }
      },
    })
    const [a, b] = await Promise.all([instance(racing).check(), instance(racing).check()])
    expect(a.length + b.length).toBe(1)
    const jobs = await store.listJobs('s')
    expect(jobs).toHaveLength(1)
    await settled(store, jobs[0]!)
  })

  it('starts one job when a request and another instance’s schedule ask at the same moment', async () => {
    await schedule({ retrainEveryHours: 24 })
    const requested = new TrainingJobs(
      store,
      () => now,
      { invalidate: () => undefined } as unknown as ModelCache,
      (error) => errors.push(error),
    )
    instances.push(requested)
    const [scheduled, asked] = await Promise.allSettled([instance().check(), requested.start('s')])
    const jobs = await store.listJobs('s')
    expect(jobs).toHaveLength(1)
    // Whichever claimed the store first runs; the schedule stands back quietly, a request is told.
    if (asked.status === 'fulfilled') expect(scheduled).toEqual({ status: 'fulfilled', value: [] })
    else expect(asked.reason).toMatchObject({ code: 'conflict' })
    await settled(store, jobs[0]!)
  })

  it('leaves a store alone while another instance trains it, unless that job went silent', async () => {
    await schedule({ retrainEveryHours: 24 })
    const running: Job = {
      id: 'job_elsewhere',
      storeId: 's',
      kind: 'train',
      status: 'running',
      progress: 0.5,
      message: 'mining 30 orders',
      createdAt: now,
      updatedAt: now,
    }
    await store.createJob(running)
    expect(await instance().check()).toEqual([])
    now += ACTIVE_JOB_MS
    const [job] = await instance().check()
    expect((await settled(store, job!)).status).toBe('succeeded')
  })

  it('retries a store whose training fails at most once an hour, not at every check', async () => {
    await schedule({ retrainEveryHours: 24 })
    const file = join(dir, 'fails.mjs')
    writeFileSync(file, "throw new Error('no memory left')\n")
    const failing = async () => pathToFileURL(file)
    const scheduler = instance(store, failing)
    const first = await settled(store, (await scheduler.check())[0]!)
    expect(first.message).toMatch(/no memory left/)
    errors.length = 0 // the failure is reported, as it should be
    now += RETRY_MS - 1
    expect(await scheduler.check()).toEqual([])
    now += 1
    const second = await settled(store, (await scheduler.check())[0]!)
    expect(second.status).toBe('failed')
    errors.length = 0
  })

  it('starts nothing once stopped', async () => {
    await schedule({ retrainEveryHours: 24 })
    const scheduler = instance()
    await scheduler.stop()
    expect(await scheduler.check()).toEqual([])
    expect(await store.listJobs('s')).toEqual([])
  })
})
