import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createMemoryStore, type Job, type Store } from '@upcross/engine'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ModelCache } from '../offers/model-cache.js'
import { sampleOrders } from '../test-support/sample-data.js'
import { TrainingJobs } from './training-jobs.js'

const dir = mkdtempSync(join(tmpdir(), 'upcross-worker-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A stand-in worker entry: a plain ES module written to a temporary file. */
function workerFile(name: string, code: string): () => Promise<URL> {
  const file = join(dir, `${name}.mjs`)
  writeFileSync(file, code)
  return async () => pathToFileURL(file)
}

let store: Store
let errors: unknown[]
let invalidated: string[]
let jobs: TrainingJobs

function trainingJobs(workerEntry?: () => Promise<URL>): TrainingJobs {
  const models = { invalidate: (storeId: string) => invalidated.push(storeId) }
  return new TrainingJobs(
    store,
    Date.now,
    models as unknown as ModelCache,
    (error) => errors.push(error),
    workerEntry ? { workerEntry } : {},
  )
}

beforeEach(async () => {
  store = createMemoryStore()
  errors = []
  invalidated = []
  await store.insertOrders(
    's',
    sampleOrders().map((o) => ({
      id: o.id,
      customerId: o.customer ?? '',
      orderedAt: Date.parse(o.orderedAt),
      lines: o.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, unitPrice: 100 })),
    })),
  )
})

afterEach(async () => {
  await jobs.close()
  await store.close()
})

async function settled(job: Job): Promise<Job> {
  for (;;) {
    const now = (await store.getJob(job.storeId, job.id))!
    if (now.status === 'succeeded' || now.status === 'failed') return now
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('TrainingJobs', () => {
  it('trains in the worker, saves the model and records what the schedule needs', async () => {
    jobs = trainingJobs()
    const done = await settled(await jobs.start('s'))
    expect(done).toMatchObject({ status: 'succeeded', result: { modelVersion: 1, orders: 30 } })
    expect(await store.latestModelVersion('s')).toBe(1)
    expect(invalidated).toEqual(['s'])
    expect((await store.getDocument('s', 'training_state'))?.value).toMatchObject({
      modelVersion: 1,
      orders: 30,
      jobId: done.id,
    })
  })

  it('marks the job failed when the worker throws, naming the error', async () => {
    jobs = trainingJobs(workerFile('throws', "throw new Error('the miner exploded')\n"))
    const done = await settled(await jobs.start('s'))
    expect(done.status).toBe('failed')
    expect(done.message).toBe('training failed: the training worker crashed: the miner exploded')
    expect(await store.latestModelVersion('s')).toBe(0)
    expect(errors).toHaveLength(1)
  })

  it('marks the job failed when the worker exits without a model', async () => {
    jobs = trainingJobs(workerFile('exits', 'process.exit(3)\n'))
    const done = await settled(await jobs.start('s'))
    expect(done.message).toBe(
      'training failed: the training worker stopped (exit code 3) without a model',
    )
  })

  it('passes on the error a worker reports', async () => {
    jobs = trainingJobs(
      workerFile(
        'reports',
        "import { parentPort } from 'node:worker_threads'\n" +
          "parentPort.postMessage({ type: 'failed', code: 'invalid_input', message: 'no baskets' })\n",
      ),
    )
    const done = await settled(await jobs.start('s'))
    expect(done).toMatchObject({ status: 'failed', message: 'training failed: no baskets' })
  })

  it('stops a job on close: the worker is terminated and the job marked failed', async () => {
    jobs = trainingJobs(
      workerFile(
        'hangs',
        "import { parentPort } from 'node:worker_threads'\n" +
          "parentPort.postMessage({ type: 'phase', phase: 'mining' })\n" +
          'setInterval(() => {}, 1000)\n',
      ),
    )
    const job = await jobs.start('s')
    for (;;) {
      const now = await store.getJob('s', job.id)
      if (now?.message.startsWith('mining')) break
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    await jobs.close()
    expect(await store.getJob('s', job.id)).toMatchObject({
      status: 'failed',
      message: 'training failed: stopped: the server shut down before it finished',
    })
    expect(errors).toEqual([])
    await expect(jobs.start('s')).rejects.toMatchObject({ code: 'unavailable' })
  })

  it('starts one job per store even when asked twice at the same moment', async () => {
    jobs = trainingJobs()
    const [a, b] = await Promise.allSettled([jobs.start('s'), jobs.start('s')])
    expect([a.status, b.status].sort()).toEqual(['fulfilled', 'rejected'])
    const refused = [a, b].find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(refused.reason).toMatchObject({ code: 'conflict' })
    expect(await store.listJobs('s')).toHaveLength(1)
  })

  it('starts one job when two instances sharing the store are asked at the same moment', async () => {
    jobs = trainingJobs()
    const other = trainingJobs()
    try {
      const [a, b] = await Promise.allSettled([jobs.start('s'), other.start('s', {}, 'schedule')])
      expect([a.status, b.status].sort()).toEqual(['fulfilled', 'rejected'])
      const refused = [a, b].find((r) => r.status === 'rejected') as PromiseRejectedResult
      expect(refused.reason).toMatchObject({ code: 'conflict' })
      const [job] = await store.listJobs('s')
      expect(await store.listJobs('s')).toHaveLength(1)
      // While it runs, the other instance is refused with its id; once it is done, it may train.
      await expect(other.start('s')).rejects.toThrow(job!.id)
      expect((await settled(job!)).status).toBe('succeeded')
      const next = await other.start('s')
      expect((await settled(next)).status).toBe('succeeded')
    } finally {
      await other.close()
    }
  })

  it('waits out a claim whose job is still being created, but not one left by a dead instance', async () => {
    jobs = trainingJobs()
    const claim = (at: number, version: number) =>
      store.putDocument('s', 'training_claim', { at, jobId: 'job_elsewhere' }, at, version)
    await claim(Date.now(), 0)
    await expect(jobs.start('s')).rejects.toThrow(/already starting .*job_elsewhere/)
    await claim(Date.now() - 31_000, 1)
    expect((await settled(await jobs.start('s'))).status).toBe('succeeded')
  })
})
