/**
 * Conformance of the order sequence: `lastOrderSeq`, `streamOrdersAfter` and
 * `streamOrders({ throughSeq })`, which let a server read the orders stored after a model was
 * trained (fresh evidence) from the shared store.
 * @module
 */
import type { Order } from 'upcross'
import { expect, it } from 'vitest'
import type { SequencedOrder } from '../ports/order-store.js'
import type { Store } from '../ports/store.js'
import type { CurrentStore } from './conformance-support.js'
import { sampleOrder } from './sample-order.js'

async function after(
  store: Store,
  storeId: string,
  seq: number,
  batchSize?: number,
): Promise<SequencedOrder[]> {
  const out: SequencedOrder[] = []
  const options = batchSize === undefined ? undefined : { batchSize }
  for await (const o of store.streamOrdersAfter(storeId, seq, options)) out.push(o)
  return out
}

async function through(store: Store, storeId: string, seq: number): Promise<string[]> {
  const out: string[] = []
  for await (const o of store.streamOrders(storeId, { throughSeq: seq })) out.push(o.id)
  return out
}

const ids = (orders: readonly SequencedOrder[]): string[] => orders.map((o) => o.order.id)

/** Declares the order-sequence tests inside the conformance `describe`. */
export function orderSequenceConformance(current: CurrentStore): void {
  it('order sequence: numbers each new order above every earlier one, per store', async () => {
    const store = current()
    expect(await store.lastOrderSeq('s')).toBe(0)
    expect(await after(store, 's', 0)).toEqual([])
    await store.insertOrders('s', [sampleOrder('b', 2000), sampleOrder('a', 1000)])
    await store.insertOrders('s', [sampleOrder('c', undefined, 3)])
    const all = await after(store, 's', 0)
    // Sequence order is write order, not time or id order.
    expect(ids(all)).toEqual(['b', 'a', 'c'])
    expect(all[2]!.order).toEqual(sampleOrder('c', undefined, 3))
    const seqs = all.map((o) => o.seq)
    expect(seqs.every((s, i) => Number.isSafeInteger(s) && s > (i === 0 ? 0 : seqs[i - 1]!))).toBe(
      true,
    )
    expect(await store.lastOrderSeq('s')).toBeGreaterThanOrEqual(seqs[2]!)
    expect(ids(await after(store, 's', seqs[0]!))).toEqual(['a', 'c'])
    expect(ids(await after(store, 's', seqs[0]!, 1))).toEqual(['a', 'c'])
    expect(await after(store, 's', seqs[2]!)).toEqual([])
    // Another store has a sequence of its own and sees nothing of this one.
    expect(await store.lastOrderSeq('other')).toBe(0)
    expect(await after(store, 'other', 0)).toEqual([])
    await store.insertOrders('other', [sampleOrder('x', 1)])
    expect(ids(await after(store, 'other', 0))).toEqual(['x'])
    expect(ids(await after(store, 's', seqs[2]!))).toEqual([])
  })

  it('order sequence: a duplicate keeps its number; appended lines renumber the order', async () => {
    const store = current()
    await store.insertOrders('s', [sampleOrder('o1', 10), sampleOrder('o2', 20)])
    const mark = await store.lastOrderSeq('s')
    await store.insertOrders('s', [sampleOrder('o1', 99, 5), sampleOrder('o3', 30)])
    expect(ids(await after(store, 's', mark))).toEqual(['o3'])
    const beforeAppend = await store.lastOrderSeq('s')
    await store.appendOrderLines('s', 'o1', [{ sku: 'LATE', quantity: 1, unitPrice: 5 }])
    const renumbered = await after(store, 's', beforeAppend)
    expect(ids(renumbered)).toEqual(['o1'])
    expect(renumbered[0]!.order.lines.map((l) => l.sku)).toEqual(['o1-L0', 'o1-L1', 'LATE'])
    expect(renumbered[0]!.seq).toBe(await store.lastOrderSeq('s'))
    // Each order comes once, under its latest number.
    expect(ids(await after(store, 's', 0))).toEqual(['o2', 'o3', 'o1'])
  })

  it('order sequence: streamOrders through a number holds exactly what comes before it', async () => {
    const store = current()
    await store.insertOrders('s', [sampleOrder('a', 3), sampleOrder('b', 1)])
    const mark = await store.lastOrderSeq('s')
    await store.insertOrders('s', [sampleOrder('c', 2)])
    await store.appendOrderLines('s', 'a', [{ sku: 'LATE', quantity: 1, unitPrice: undefined }])
    // Time order as always, cut at the mark: `a` was written again after it.
    expect(await through(store, 's', mark)).toEqual(['b'])
    expect(ids(await after(store, 's', mark))).toEqual(['c', 'a'])
    expect(await through(store, 's', await store.lastOrderSeq('s'))).toEqual(['b', 'c', 'a'])
    expect(await through(store, 's', 0)).toEqual([])
  })

  it('order sequence: a rolled-back write is never seen, and numbering goes on after it', async () => {
    const store = current()
    await store.insertOrders('s', [sampleOrder('kept', 1)])
    const mark = await store.lastOrderSeq('s')
    const boom = new Error('boom')
    const error = await store
      .transaction(async (tx) => {
        await tx.insertOrders('s', [sampleOrder('lost', 2)])
        await tx.appendOrderLines('s', 'kept', [{ sku: 'LOST', quantity: 1, unitPrice: 1 }])
        throw boom
      })
      .catch((e: unknown) => e)
    expect(error).toBe(boom)
    expect(await after(store, 's', mark)).toEqual([])
    const inTx = await store.transaction(async (tx) => {
      await tx.insertOrders('s', [sampleOrder('next', 3)])
      return tx.lastOrderSeq('s')
    })
    const next = await after(store, 's', mark)
    expect(ids(next)).toEqual(['next'])
    expect(next[0]!.seq).toBeGreaterThan(mark)
    expect(inTx).toBe(next[0]!.seq)
    const orders: Order[] = []
    for await (const o of store.streamOrders('s')) orders.push(o)
    expect(orders.map((o) => o.id)).toEqual(['kept', 'next'])
  })

  it('order sequence: a saved model records the sequence at its save', async () => {
    const store = current()
    await store.saveModel('s', new Uint8Array([1]), 1)
    expect((await store.latestModel('s'))?.orderSeq).toBe(0)
    await store.insertOrders('s', [sampleOrder('a', 1), sampleOrder('b', 2)])
    await store.insertOrders('other', [sampleOrder('x', 1)])
    const mark = await store.lastOrderSeq('s')
    await store.saveModel('s', new Uint8Array([2]), 2)
    await store.insertOrders('s', [sampleOrder('c', 3)])
    const latest = await store.latestModel('s')
    expect(latest?.orderSeq).toBe(mark)
    // What came after the model is exactly what its recorded point leaves out.
    expect(ids(await after(store, 's', latest!.orderSeq!))).toEqual(['c'])
  })
}
