import { createMemoryStore, type Store } from '@upcross/engine'
import type { Order } from 'upcross'
import { describe, expect, it } from 'vitest'
import { FreshOrders, type FreshOrdersOptions } from './fresh-orders.js'

const order = (id: string, ...skus: string[]): Order => ({
  id,
  customerId: '',
  orderedAt: 1,
  lines: skus.map((sku) => ({ sku, quantity: 1, unitPrice: undefined })),
})

function fresh(store: Store, more: Partial<FreshOrdersOptions> = {}) {
  let now = 0
  const errors: unknown[] = []
  const f = new FreshOrders({
    feed: store,
    storeId: 's',
    through: 0,
    maxBasketSize: 200,
    pollMs: 1000,
    now: () => now,
    onError: (e) => errors.push(e),
    ...more,
  })
  return { f, errors, tick: (ms: number) => (now += ms) }
}

describe('FreshOrders', () => {
  it('counts only the orders after the model, and reads again once per poll interval', async () => {
    const store = createMemoryStore()
    await store.insertOrders('s', [order('old', 'A', 'B')])
    const through = await store.lastOrderSeq('s')
    await store.insertOrders('s', [order('o1', 'NEW', 'A'), order('o2', 'NEW', 'A', 'B')])
    const { f, tick } = fresh(store, { through })
    // Synchronous: nothing yet, and the first read starts in the background.
    expect(f.snapshot()).toBeUndefined()
    await f.refresh()
    const first = f.snapshot()!
    expect(first.delta.baskets).toBe(2)
    expect(first.delta.pairCount('NEW', 'A')).toBe(2)
    expect(first.delta.pairCount('A', 'B')).toBe(1)
    await store.insertOrders('s', [order('o3', 'NEW', 'B')])
    // Within the poll interval the counts stay as they are…
    tick(500)
    expect(f.snapshot()).toEqual(first)
    await f.refresh()
    const second = f.snapshot()!
    expect(second.delta.pairCount('NEW', 'B')).toBe(2)
    expect(second.version).not.toBe(first.version)
    // …and a due snapshot reads in the background.
    await store.insertOrders('s', [order('o4', 'NEW', 'C')])
    tick(1000)
    expect(f.snapshot()!.delta.itemCount('C')).toBe(0)
    await f.refresh()
    expect(f.snapshot()!.delta.itemCount('C')).toBe(1)
  })

  it('recounts when an order counted before gets more lines, never counting it twice', async () => {
    const store = createMemoryStore()
    await store.insertOrders('s', [order('o1', 'NEW', 'A'), order('o2', 'NEW', 'B')])
    const { f } = fresh(store)
    await f.refresh()
    const before = f.snapshot()!
    await store.appendOrderLines('s', 'o1', [{ sku: 'C', quantity: 1, unitPrice: 2 }])
    await f.refresh()
    const after = f.snapshot()!
    expect(after.delta.baskets).toBe(2)
    expect(after.delta.itemCount('NEW')).toBe(2)
    expect(after.delta.pairCount('NEW', 'C')).toBe(1)
    expect(after.delta.pairCount('A', 'C')).toBe(1)
    expect(after.version).not.toBe(before.version)
    expect(f.orders).toBe(2)
  })

  it('stops growing at its limits until the next model, and says so', async () => {
    const store = createMemoryStore()
    await store.insertOrders('s', [order('o1', 'A', 'B'), order('o2', 'A', 'C')])
    await store.insertOrders('s', [order('o3', 'A', 'D')])
    const { f, tick } = fresh(store, { limits: { maxOrders: 2, maxPairs: 100 } })
    await f.refresh()
    expect(f.full).toBe(true)
    expect(f.orders).toBe(2)
    expect(f.snapshot()!.delta.itemCount('D')).toBe(0)
    await store.insertOrders('s', [order('o4', 'A', 'E')])
    tick(5000)
    f.snapshot()
    await f.refresh()
    expect(f.snapshot()!.delta.itemCount('E')).toBe(0)

    const pairs = fresh(store, { limits: { maxOrders: 100, maxPairs: 2 } }).f
    await pairs.refresh()
    expect(pairs.orders).toBe(2)
    expect(pairs.full).toBe(true)
  })

  it('reports a failed read and keeps what it had', async () => {
    const store = createMemoryStore()
    await store.insertOrders('s', [order('o1', 'NEW', 'A')])
    let fail = false
    const feed = {
      streamOrdersAfter: (storeId: string, after: number) => {
        if (fail) throw new Error('database down')
        return store.streamOrdersAfter(storeId, after)
      },
    }
    const { f, errors } = fresh(store, { feed })
    await f.refresh()
    fail = true
    await store.insertOrders('s', [order('o2', 'NEW', 'B')])
    await f.refresh()
    expect(errors).toHaveLength(1)
    expect(f.snapshot()!.delta.baskets).toBe(1)
    fail = false
    await f.refresh()
    expect(f.snapshot()!.delta.baskets).toBe(2)
  })

  it('reads the catalog facts of new products after their orders, at most maxNewSkus', async () => {
    const store = createMemoryStore()
    await store.upsertProducts('s', [
      { sku: 'NEW', title: 'New thing', category: 'X', price: 500, stock: 4 },
      { sku: 'SOON', title: 'No price yet', category: 'X', price: undefined },
    ])
    await store.insertOrders('s', [order('o1', 'A', 'NEW', 'SOON', 'GONE')])
    const asked: string[][] = []
    const catalog = {
      getProducts: (storeId: string, skus?: readonly string[]) => {
        asked.push([...(skus ?? [])])
        return store.getProducts(storeId, skus)
      },
    }
    const known = (sku: string) => sku === 'A' || sku === 'B'
    const { f } = fresh(store, { catalog, known })
    await f.refresh()
    const first = f.snapshot()!
    // Only the SKUs the model lacks are asked for, once per read of their orders.
    expect(asked).toEqual([['NEW', 'SOON', 'GONE']])
    expect(first.facts('NEW')).toMatchObject({ title: 'New thing', price: 500, stock: 4 })
    // Not in the catalog, or no price: no facts, never offered.
    expect(first.facts('SOON')).toBeUndefined()
    expect(first.facts('GONE')).toBeUndefined()
    expect(first.facts('A')).toBeUndefined()
    expect(first.hasNewPartner('A')).toBe(true)
    expect(first.hasNewPartner('B')).toBe(false)
    // A new order of it reads its facts again: the stock follows, and the version changes.
    await store.upsertProducts('s', [
      { sku: 'NEW', title: 'New thing', category: 'X', price: 500, stock: 0 },
    ])
    const version = first.version
    await store.insertOrders('s', [order('o2', 'B', 'NEW')])
    await f.refresh()
    const second = f.snapshot()!
    expect(second.facts('NEW')!.stock).toBe(0)
    expect(second.hasNewPartner('B')).toBe(true)
    expect(second.version).not.toBe(version)
    // Beyond maxNewSkus, further new products are not read (nor ever offered) until training.
    const small = fresh(store, {
      catalog,
      known,
      limits: { maxOrders: 100, maxPairs: 100, maxNewSkus: 1 },
    }).f
    asked.length = 0
    await small.refresh()
    expect(asked).toEqual([['NEW']])
    // Without a catalog, nothing new is known.
    const none = fresh(store).f
    await none.refresh()
    expect(none.snapshot()!.facts('NEW')).toBeUndefined()
    expect(none.snapshot()!.hasNewPartner('A')).toBe(false)
  })
})
