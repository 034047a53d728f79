/**
 * Conformance of the job port: create, update, read and list newest first.
 * @module
 */
import { expect, it } from 'vitest'
import type { Job } from '../ports/job-store.js'
import { type CurrentStore, expectCode } from './conformance-support.js'

/** A queued job for tests. */
export function sampleJob(id: string, storeId: string, createdAt = 1000): Job {
  return {
    id,
    storeId,
    kind: 'train',
    status: 'queued',
    progress: 0,
    message: '',
    createdAt,
    updatedAt: createdAt,
  }
}

/** Declares the job tests inside the conformance `describe`. */
export function jobConformance(current: CurrentStore): void {
  it('jobs: creates and reads a job; refuses a repeated id in the same store', async () => {
    const store = current()
    expect(await store.getJob('s', 'j')).toBeUndefined()
    await store.createJob(sampleJob('j', 's'))
    const got = await store.getJob('s', 'j')
    expect(got).toEqual(sampleJob('j', 's'))
    expect(got).not.toHaveProperty('result')
    await expectCode(store.createJob({ ...sampleJob('j', 's'), kind: 'other' }), 'conflict')
    expect(await store.getJob('s', 'j')).toEqual(sampleJob('j', 's'))
    await store.createJob(sampleJob('j', 't', 5))
    expect(await store.getJob('t', 'j')).toEqual(sampleJob('j', 't', 5))
    const withResult = { ...sampleJob('r', 's'), status: 'succeeded' as const, result: { v: 1 } }
    await store.createJob(withResult)
    expect(await store.getJob('s', 'r')).toEqual(withResult)
  })

  it('jobs: updates only the fields given and returns the stored job', async () => {
    const store = current()
    await store.createJob(sampleJob('j', 's'))
    const running = await store.updateJob('s', 'j', {
      status: 'running',
      progress: 0.25,
      message: 'mining pairs',
      updatedAt: 2000,
    })
    const expected: Job = {
      ...sampleJob('j', 's'),
      status: 'running',
      progress: 0.25,
      message: 'mining pairs',
      updatedAt: 2000,
    }
    expect(running).toEqual(expected)
    expect(await store.getJob('s', 'j')).toEqual(expected)
    const progressed = await store.updateJob('s', 'j', { progress: 0.5, message: undefined })
    expect(progressed).toEqual({ ...expected, progress: 0.5 })
    const result = { modelVersion: 3, counts: { orders: 10, items: [1, 2] }, ok: true }
    const done = await store.updateJob('s', 'j', {
      status: 'succeeded',
      progress: 1,
      message: 'done',
      result,
      updatedAt: 3000,
    })
    expect(done).toEqual({
      ...expected,
      status: 'succeeded',
      progress: 1,
      message: 'done',
      result,
      updatedAt: 3000,
    })
    expect(await store.getJob('s', 'j')).toEqual(done)
  })

  it('jobs: refuses to update an unknown job or another store’s job', async () => {
    const store = current()
    await store.createJob(sampleJob('j', 's'))
    await expectCode(store.updateJob('s', 'missing', { progress: 1 }), 'not_found')
    await expectCode(store.updateJob('t', 'j', { status: 'failed' }), 'not_found')
    expect(await store.getJob('s', 'j')).toEqual(sampleJob('j', 's'))
    expect(await store.getJob('t', 'j')).toBeUndefined()
  })

  it('jobs: lists newest first, 20 by default, at most the limit', async () => {
    const store = current()
    expect(await store.listJobs('s')).toEqual([])
    for (let i = 0; i < 25; i++) {
      await store.createJob(sampleJob(`j${String(i).padStart(2, '0')}`, 's', 1000 + (i % 12) * 10))
    }
    await store.createJob(sampleJob('other', 't', 99_999))
    const all = await store.listJobs('s', 100)
    expect(all).toHaveLength(25)
    const keys = all.map((j) => [j.createdAt, j.id] as const)
    expect(keys.slice(0, 4)).toEqual([
      [1110, 'j23'],
      [1110, 'j11'],
      [1100, 'j22'],
      [1100, 'j10'],
    ])
    expect((await store.listJobs('s')).map((j) => j.id)).toEqual(all.slice(0, 20).map((j) => j.id))
    expect((await store.listJobs('s', 3)).map((j) => j.id)).toEqual(['j23', 'j11', 'j22'])
    expect(await store.listJobs('t')).toEqual([sampleJob('other', 't', 99_999)])
    expect(all[24]).toEqual(sampleJob('j00', 's', 1000))
  })
}
