/**
 * The conformance suite every `Store` adapter must pass (run it from the adapter's tests).
 * @module
 */
import type { Order, Product } from 'upcross'
import { isUpcrossError } from 'upcross'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Store } from '../ports/store.js'
import { documentConformance } from './document-conformance.js'
import { eventConformance } from './event-conformance.js'
import { isolationConformance } from './isolation-conformance.js'
import { jobConformance } from './job-conformance.js'
import { modelConformance } from './model-conformance.js'
import { orderSequenceConformance } from './order-sequence-conformance.js'
import { requestCountConformance } from './request-count-conformance.js'
import { sampleOrder } from './sample-order.js'
import { tenantConformance } from './tenant-conformance.js'

export { sampleOrder }

async function collect(store: Store, storeId: string, batchSize?: number): Promise<Order[]> {
  const out: Order[] = []
  const options = batchSize === undefined ? undefined : { batchSize }
  for await (const order of store.streamOrders(storeId, options)) out.push(order)
  return out
}

const FULL: Product = {
  sku: 'LAPTOP-1',
  title: 'Laptop 14"',
  category: 'Computers>Laptops',
  price: 99_900,
  cost: 70_000,
  stock: 0,
  tags: ['new', 'ünïcode'],
  relations: { tier: ['pro'], accessory_of: [] },
}
const BARE: Product = { sku: 'BAG', title: 'Bag', category: '', price: undefined }

/** Declares the store conformance suite for an adapter; `createStore` must give an empty store. */
export function describeStoreConformance(name: string, createStore: () => Promise<Store>): void {
  describe(`store conformance: ${name}`, () => {
    let store: Store
    beforeEach(async () => {
      store = await createStore()
    })
    afterEach(async () => {
      await store.close()
    })

    const current = (): Store => store
    tenantConformance(current)
    eventConformance(current)
    documentConformance(current)
    modelConformance(current)
    jobConformance(current)
    isolationConformance(current)
    orderSequenceConformance(current)
    requestCountConformance(current)

    it('stores orders and streams them by time, then id, lines in order', async () => {
      const orders = [
        sampleOrder('b', 2000, 3),
        sampleOrder('a', 2000, 1, ''),
        sampleOrder('z', undefined, 2),
        sampleOrder('c', 1000, 4),
        sampleOrder('y', undefined, 1),
      ]
      expect(await store.insertOrders('s', orders)).toEqual({
        inserted: 5,
        duplicates: 0,
        duplicateIds: [],
      })
      const expected = ['y', 'z', 'c', 'a', 'b'].map((id) => orders.find((o) => o.id === id))
      expect(await collect(store, 's')).toEqual(expected)
      expect(await collect(store, 's', 2)).toEqual(expected)
      expect(await collect(store, 's', 1)).toEqual(expected)
      expect(await store.countOrders('s')).toBe(5)
    })

    it('keeps a guest order, a missing price, zero and negative amounts', async () => {
      const order: Order = {
        id: 'g',
        customerId: '',
        orderedAt: 0,
        lines: [
          { sku: 'X', quantity: 1, unitPrice: 0 },
          { sku: 'Y', quantity: 2, unitPrice: -150 },
          { sku: 'X', quantity: 3, unitPrice: undefined },
        ],
      }
      await store.insertOrders('s', [order])
      expect(await collect(store, 's')).toEqual([order])
    })

    it('is idempotent: an order inserted twice is stored once and counted as a duplicate', async () => {
      const first = [sampleOrder('o1', 10), sampleOrder('o2', 20)]
      await store.insertOrders('s', first)
      const again = [sampleOrder('o1', 99, 5, 'other'), sampleOrder('o3', 30)]
      expect(await store.insertOrders('s', again)).toEqual({
        inserted: 1,
        duplicates: 1,
        duplicateIds: ['o1'],
      })
      const stored = await collect(store, 's')
      expect(stored.map((o) => o.id)).toEqual(['o1', 'o2', 'o3'])
      expect(stored[0]).toEqual(first[0])
      expect(await store.countOrders('s')).toBe(3)
    })

    it('keeps the first of an id repeated within one call', async () => {
      const result = await store.insertOrders('s', [sampleOrder('r', 1, 1), sampleOrder('r', 2, 3)])
      expect(result.inserted).toBe(1)
      expect(result.duplicates).toBe(1)
      expect(result.duplicateIds).toEqual([])
      expect(await collect(store, 's')).toEqual([sampleOrder('r', 1, 1)])
    })

    it('inserts an empty list and large batches', async () => {
      expect(await store.insertOrders('s', [])).toEqual({
        inserted: 0,
        duplicates: 0,
        duplicateIds: [],
      })
      const many = Array.from({ length: 1500 }, (_, i) =>
        sampleOrder(`o${String(i).padStart(5, '0')}`, i, 3),
      )
      expect((await store.insertOrders('s', many)).inserted).toBe(1500)
      const stored = await collect(store, 's', 400)
      expect(stored).toHaveLength(1500)
      expect(stored[1499]).toEqual(many[1499])
      expect(stored.reduce((n, o) => n + o.lines.length, 0)).toBe(4500)
    })

    it('appends lines to a stored order after its lines, and refuses an unknown order', async () => {
      await store.insertOrders('s', [sampleOrder('o', 5, 2)])
      await store.appendOrderLines('s', 'o', [{ sku: 'NEW', quantity: 7, unitPrice: 1 }])
      const [order] = await collect(store, 's')
      expect(order?.lines.map((l) => l.sku)).toEqual(['o-L0', 'o-L1', 'NEW'])
      const error = await store.appendOrderLines('s', 'nope', []).catch((e: unknown) => e)
      expect(isUpcrossError(error) && error.code).toBe('not_found')
    })

    it('rolls a failed transaction back whole and rethrows its error', async () => {
      await store.insertOrders('s', [sampleOrder('kept', 1)])
      const boom = new Error('boom')
      const error = await store
        .transaction(async (tx) => {
          await tx.insertOrders('s', [sampleOrder('t1', 1), sampleOrder('t2', 2)])
          await tx.appendOrderLines('s', 'kept', [{ sku: 'X', quantity: 1, unitPrice: 1 }])
          await tx.upsertProducts('s', [FULL])
          expect(await tx.countOrders('s')).toBe(3)
          throw boom
        })
        .catch((e: unknown) => e)
      expect(error).toBe(boom)
      expect(await store.countOrders('s')).toBe(1)
      expect(await store.countProducts('s')).toBe(0)
      expect(await collect(store, 's')).toEqual([sampleOrder('kept', 1)])
    })

    it('commits a transaction and returns its value', async () => {
      const value = await store.transaction(async (tx) => {
        await tx.insertOrders('s', [sampleOrder('t', 1)])
        await tx.upsertProducts('s', [BARE])
        return 42
      })
      expect(value).toBe(42)
      expect(await store.countOrders('s')).toBe(1)
      expect(await store.countProducts('s')).toBe(1)
    })

    it('runs transactions one after the other', async () => {
      const results = await Promise.all(
        [1, 2, 3].map((i) =>
          store.transaction(async (tx) => {
            const before = await tx.countOrders('s')
            await tx.insertOrders('s', [sampleOrder(`p${i}`, i)])
            return (await tx.countOrders('s')) - before
          }),
        ),
      )
      expect(results).toEqual([1, 1, 1])
      expect(await store.countOrders('s')).toBe(3)
    })

    it('isolates tenants: one store id never sees another one', async () => {
      await store.insertOrders('A', [sampleOrder('same', 1, 1, 'ca')])
      expect(await store.insertOrders('B', [sampleOrder('same', 2, 3, 'cb')])).toEqual({
        inserted: 1,
        duplicates: 0,
        duplicateIds: [],
      })
      await store.upsertProducts('A', [FULL])
      expect(await store.upsertProducts('B', [{ ...FULL, title: 'B' }])).toEqual({
        inserted: 1,
        updated: 0,
      })
      expect(await collect(store, 'A')).toEqual([sampleOrder('same', 1, 1, 'ca')])
      expect(await collect(store, 'B')).toEqual([sampleOrder('same', 2, 3, 'cb')])
      expect((await store.getProducts('A'))[0]?.title).toBe(FULL.title)
      expect((await store.getProducts('B', ['LAPTOP-1']))[0]?.title).toBe('B')
      expect(await store.countOrders('C')).toBe(0)
      expect(await store.getProducts('C')).toEqual([])
      expect(await collect(store, 'C')).toEqual([])
      const error = await store.appendOrderLines('C', 'same', []).catch((e: unknown) => e)
      expect(isUpcrossError(error) && error.code).toBe('not_found')
    })

    it('upserts products by sku and reads them back in stored form', async () => {
      expect(await store.upsertProducts('s', [FULL, BARE])).toEqual({ inserted: 2, updated: 0 })
      const { accessory_of: _empty, ...relations } = FULL.relations ?? {}
      expect(await store.getProducts('s')).toEqual([BARE, { ...FULL, relations }])
      const changed: Product = { sku: 'BAG', title: 'Big bag', category: 'Bags', price: 1250 }
      const added: Product = { ...BARE, sku: 'A', tags: [] }
      expect(await store.upsertProducts('s', [changed, added])).toEqual({
        inserted: 1,
        updated: 1,
      })
      expect(await store.countProducts('s')).toBe(3)
      expect(await store.getProducts('s', ['BAG', 'missing', 'A'])).toEqual([
        { ...BARE, sku: 'A' },
        changed,
      ])
      expect(await store.getProducts('s', [])).toEqual([])
    })

    it('replaces a product whole and keeps the last of a repeated sku', async () => {
      await store.upsertProducts('s', [FULL])
      const result = await store.upsertProducts('s', [
        { ...BARE, sku: 'LAPTOP-1', title: 'first' },
        { ...BARE, sku: 'LAPTOP-1', title: 'last' },
      ])
      expect(result).toEqual({ inserted: 0, updated: 1 })
      expect(await store.getProducts('s')).toEqual([{ ...BARE, sku: 'LAPTOP-1', title: 'last' }])
    })

    it('reads many skus at once', async () => {
      const products = Array.from({ length: 1200 }, (_, i) => ({ ...BARE, sku: `S${i}` }))
      expect((await store.upsertProducts('s', products)).inserted).toBe(1200)
      const skus = products.map((p) => p.sku)
      expect(await store.getProducts('s', skus)).toHaveLength(1200)
    })
  })
}
