/**
 * Conformance of tenant isolation: what one store id writes, another never sees, on every port.
 * @module
 */
import { expect, it } from 'vitest'
import { type CurrentStore, expectCode } from './conformance-support.js'
import { sampleEvent } from './event-conformance.js'
import { sampleJob } from './job-conformance.js'
import { sampleOrder } from './sample-order.js'
import { sampleKey, sampleTenant } from './tenant-conformance.js'

/** Declares the isolation test inside the conformance `describe`. */
export function isolationConformance(current: CurrentStore): void {
  it('isolates tenants on every port: writes in store A are never visible via store B', async () => {
    const store = current()
    await store.createTenant(sampleTenant('A'))
    await store.createTenant(sampleTenant('B'))
    await store.addKey(sampleKey('ka', 'A'))
    await store.insertOrders('A', [sampleOrder('o', 1)])
    await store.upsertProducts('A', [{ sku: 'P', title: 'P', category: '', price: 1 }])
    await store.appendEvents('A', [sampleEvent('e', 1)])
    await store.putDocument('A', 'rules', { a: true }, 1)
    await store.saveModel('A', new Uint8Array([1, 2, 3]), 1)
    await store.createJob(sampleJob('j', 'A'))

    expect(await store.listKeys('B')).toEqual([])
    await expectCode(store.revokeKey('B', 'ka', 5), 'not_found')
    expect((await store.findKeyByHash(sampleKey('ka', 'A').hash))?.revokedAt).toBeUndefined()
    expect(await store.countOrders('B')).toBe(0)
    expect(await store.countProducts('B')).toBe(0)
    expect(await store.getProducts('B', ['P'])).toEqual([])
    expect(await store.listEvents('B')).toEqual([])
    expect(await store.getDocument('B', 'rules')).toBeUndefined()
    expect(await store.listDocuments('B')).toEqual([])
    expect(await store.latestModel('B')).toBeUndefined()
    expect(await store.latestModelVersion('B')).toBe(0)
    expect(await store.getJob('B', 'j')).toBeUndefined()
    expect(await store.listJobs('B')).toEqual([])
    await expectCode(store.updateJob('B', 'j', { progress: 1 }), 'not_found')

    // The same ids written in B start from scratch and leave A untouched.
    expect(await store.appendEvents('B', [sampleEvent('e', 2)])).toEqual({
      inserted: 1,
      duplicates: 0,
    })
    expect((await store.putDocument('B', 'rules', { b: true }, 2, 0)).version).toBe(1)
    expect(await store.saveModel('B', new Uint8Array([9]), 2)).toBe(1)
    await store.createJob(sampleJob('j', 'B', 7))
    expect(await store.listEvents('A')).toEqual([sampleEvent('e', 1)])
    expect((await store.getDocument('A', 'rules'))?.value).toEqual({ a: true })
    expect(await store.latestModelVersion('A')).toBe(1)
    expect([...((await store.latestModel('A'))?.bytes ?? [])]).toEqual([1, 2, 3])
    expect(await store.getJob('A', 'j')).toEqual(sampleJob('j', 'A'))
    expect(await store.getJob('B', 'j')).toEqual(sampleJob('j', 'B', 7))
  })
}
