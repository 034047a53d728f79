import { type Order, type Product, serializeModel } from 'upcross'
import { describe, expect, it } from 'vitest'
import { createMemoryStore } from '../memory-store.js'
import {
  collectTrainingInput,
  PAUSE_EVERY_ORDERS,
  type TrainProgress,
  trainFromOrders,
  trainFromStore,
} from './train-model.js'

function orders(n: number): Order[] {
  return Array.from({ length: n }, (_, o) => ({
    id: `o${String(o).padStart(5, '0')}`,
    customerId: o % 3 === 0 ? '' : `c${o % 17}`,
    orderedAt: 1_700_000_000_000 + o * 60_000,
    lines: [
      { sku: `A${o % 5}`, quantity: 1, unitPrice: 100 },
      { sku: `B${(o * 7) % 9}`, quantity: 1, unitPrice: undefined },
    ],
  }))
}

const PRODUCTS: Product[] = [{ sku: 'A1', title: 'A one', category: 'A', price: 250 }]

describe('trainFromStore', () => {
  it('trains the model trainFromOrders makes from the same orders and catalog', async () => {
    const store = createMemoryStore()
    await store.insertOrders('s', orders(300))
    await store.upsertProducts('s', PRODUCTS)
    const progress: TrainProgress[] = []
    const options = { trainedAt: '2024-01-01T00:00:00.000Z' }
    const fromStore = await trainFromStore(store, 's', {
      ...options,
      onProgress: (p) => progress.push(p),
    })
    const streamed: Order[] = []
    for await (const order of store.streamOrders('s')) streamed.push(order)
    const direct = await trainFromOrders(streamed, {
      ...options,
      products: await store.getProducts('s'),
      orderSeq: await store.lastOrderSeq('s'),
    })
    expect(fromStore.orders).toBe(300)
    // the model records the point of the order sequence it read through (fresh evidence after)
    expect(fromStore.model.meta.orderSeq).toBe(await store.lastOrderSeq('s'))
    expect(fromStore.model.meta.orderSeq).toBeGreaterThan(0)
    expect(serializeModel(fromStore.model)).toEqual(serializeModel(direct.model))
    expect(fromStore.model.titles[fromStore.model.skus.indexOf('A1')]).toBe('A one')
    expect(progress.at(-1)).toEqual({ orders: 300, phase: 'mining' })
    await store.close()
  })
})

describe('collectTrainingInput', () => {
  it('reads every order with the catalog given instead of the store’s, reporting progress and pausing', async () => {
    const store = createMemoryStore()
    await store.insertOrders('s', orders(20_500))
    await store.upsertProducts('s', PRODUCTS)
    const seen: TrainProgress[] = []
    const catalog: Product[] = [{ sku: 'X', title: 'X', category: '', price: 1 }]
    let pauses = 0
    const input = await collectTrainingInput(store, 's', {
      products: catalog,
      onProgress: (p) => seen.push(p),
      pause: async () => {
        pauses++
      },
    })
    expect(pauses).toBe(Math.floor(20_500 / PAUSE_EVERY_ORDERS))
    expect(input.orderIds.length).toBe(20_500)
    expect(input.orderOffsets.length).toBe(20_501)
    expect(input.products).toEqual(catalog)
    expect(seen).toEqual([
      { orders: 10_000, phase: 'reading' },
      { orders: 20_000, phase: 'reading' },
    ])
    await store.close()
  })

  it('reads through the sequence point it started at: an order stored meanwhile is left for after', async () => {
    const store = createMemoryStore()
    await store.insertOrders('s', orders(2500))
    const late: Order = {
      id: 'late',
      customerId: '',
      orderedAt: 1_600_000_000_000,
      lines: [{ sku: 'NEW', quantity: 1, unitPrice: 100 }],
    }
    const input = await collectTrainingInput(store, 's', {
      // an order arrives while the first thousand are being read (its early date sorts it first)
      pause: async () => {
        if ((await store.countOrders('s')) === 2500) await store.insertOrders('s', [late])
      },
    })
    expect(input.orderIds).not.toContain('late')
    expect(input.orderIds).toHaveLength(2500)
    const after: string[] = []
    for await (const o of store.streamOrdersAfter('s', input.orderSeq!)) after.push(o.order.id)
    expect(after).toEqual(['late'])
    await store.close()
  })

  it('stops reading with `unavailable` once its signal is aborted', async () => {
    const store = createMemoryStore()
    await store.insertOrders('s', orders(50))
    const controller = new AbortController()
    controller.abort()
    await expect(
      collectTrainingInput(store, 's', { signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'unavailable' })
    await store.close()
  })
})
