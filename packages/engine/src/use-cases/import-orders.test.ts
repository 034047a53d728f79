import type { Issue, Order, OrderLine, OrderLineOutcome } from 'upcross'
import { describe, expect, it } from 'vitest'
import { createMemoryStore } from '../memory-store.js'
import type { Store } from '../ports/store.js'
import { importOrders } from './import-orders.js'

function line(orderId: string, sku: string, orderedAt = 1000): OrderLineOutcome {
  const row: OrderLine = { orderId, customerId: 'c', orderedAt, sku, quantity: 1, unitPrice: 100 }
  return { kind: 'accept', row }
}
function reject(lineNo: number, code = 'bad_quantity'): OrderLineOutcome {
  const issue: Issue = {
    code,
    path: ['quantity'],
    message: 'not a number',
    source: { file: 'o.csv', line: lineNo, column: 'quantity' },
  }
  return { kind: 'reject', issues: [issue] }
}
function exclude(lineNo: number): OrderLineOutcome {
  return {
    kind: 'exclude',
    issue: { code: 'cancellation', path: [], message: 'cancelled', source: { line: lineNo } },
  }
}
async function all(store: Store, storeId = 's'): Promise<Order[]> {
  const out: Order[] = []
  for await (const o of store.streamOrders(storeId)) out.push(o)
  return out
}
async function* slowly<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item
}

describe('importOrders', () => {
  it('groups consecutive lines, keeps accepted rows and reports bad ones', async () => {
    const store = createMemoryStore()
    const report = await importOrders(
      store,
      's',
      slowly([line('A', 'x'), reject(3), line('A', 'y'), exclude(5), line('B', 'z'), reject(7)]),
    )
    expect(report).toMatchObject({
      rows: 6,
      accepted: 3,
      excludedRows: 1,
      rejectedRows: 2,
      rejectedByCode: { bad_quantity: 2 },
      excludedByCode: { cancellation: 1 },
      orders: { inserted: 2, duplicates: 0, merged: 0 },
      batches: 1,
    })
    expect(report.rejected.map((i) => i.source?.line)).toEqual([3, 7])
    expect((await all(store)).map((o) => o.lines.map((l) => l.sku))).toEqual([['x', 'y'], ['z']])
  })

  it('is idempotent: a second run inserts nothing and counts duplicates', async () => {
    const store = createMemoryStore()
    const input = [line('A', 'x'), line('A', 'y'), line('B', 'z')]
    await importOrders(store, 's', input)
    const again = await importOrders(store, 's', input)
    expect(again.orders).toEqual({ inserted: 0, duplicates: 2, merged: 0 })
    expect(await store.countOrders('s')).toBe(2)
    expect((await all(store))[0]?.lines).toHaveLength(2)
  })

  it('merges a non-contiguous re-appearance into the order of this run, across batches', async () => {
    const store = createMemoryStore()
    const input = [line('A', 'a1'), line('B', 'b1'), line('C', 'c1'), line('A', 'a2')]
    const report = await importOrders(store, 's', input, { batchSize: 1 })
    expect(report.orders).toEqual({ inserted: 3, duplicates: 0, merged: 1 })
    expect(report.batches).toBe(4)
    const a = (await all(store)).find((o) => o.id === 'A')
    expect(a?.lines.map((l) => l.sku)).toEqual(['a1', 'a2'])
  })

  it('merges a re-appearance within one batch', async () => {
    const store = createMemoryStore()
    const input = [line('A', 'a1'), line('B', 'b1'), line('A', 'a2')]
    const report = await importOrders(store, 's', input)
    expect(report.orders).toEqual({ inserted: 2, duplicates: 0, merged: 1 })
    expect((await all(store)).find((o) => o.id === 'A')?.lines).toHaveLength(2)
  })

  it.each([1, 100])('never merges into an order stored before the run (batch %i)', async (n) => {
    const store = createMemoryStore()
    await importOrders(store, 's', [line('A', 'old')])
    const input = [line('A', 'new1'), line('B', 'b'), line('A', 'new2'), line('A', 'new3')]
    const report = await importOrders(store, 's', input, { batchSize: n })
    expect(report.orders).toEqual({ inserted: 1, duplicates: 1, merged: 0 })
    const a = (await all(store)).find((o) => o.id === 'A')
    expect(a?.lines.map((l) => l.sku)).toEqual(['old'])
  })

  it('cuts batches only between orders and writes each in one transaction', async () => {
    const store = createMemoryStore()
    let transactions = 0
    const counting: Store = {
      ...store,
      transaction: (fn) => {
        transactions++
        return store.transaction(fn)
      },
    }
    const input = ['A', 'A', 'A', 'B', 'C', 'C', 'D'].map((id, i) => line(id, `s${i}`))
    const report = await importOrders(counting, 's', input, { batchSize: 2 })
    expect(report.batches).toBe(2)
    expect(transactions).toBe(2)
    expect((await all(store)).map((o) => o.lines.length)).toEqual([3, 1, 2, 1])
  })

  it('keeps earlier batches and loses the failing one whole when a write fails', async () => {
    const store = createMemoryStore()
    let calls = 0
    const failing: Store = {
      ...store,
      transaction: (fn) =>
        store.transaction(async (tx) => {
          calls++
          return fn({
            ...tx,
            insertOrders: async (id, orders) => {
              const r = await tx.insertOrders(id, orders)
              if (calls === 2) throw new Error('disk full')
              return r
            },
          })
        }),
    }
    const input = ['A', 'B', 'C', 'D'].map((id) => line(id, 'x'))
    await expect(importOrders(failing, 's', input, { batchSize: 2 })).rejects.toThrow('disk full')
    expect((await all(store)).map((o) => o.id).sort()).toEqual(['A', 'B'])
  })

  it('caps the issues kept but counts all of them and streams all to onIssue', async () => {
    const store = createMemoryStore()
    const streamed: string[] = []
    const input = Array.from({ length: 50 }, (_, i) => reject(i + 2, i % 2 ? 'odd' : 'even'))
    const report = await importOrders(store, 's', input, {
      maxIssues: 5,
      onIssue: (kind, issue) => streamed.push(`${kind}:${issue.source?.line}`),
    })
    expect(report.rejected).toHaveLength(5)
    expect(report.droppedIssues).toBe(45)
    expect(report.rejectedByCode).toEqual({ even: 25, odd: 25 })
    expect(streamed).toHaveLength(50)
    expect(streamed[49]).toBe('rejected:51')
    expect(report.orders.inserted).toBe(0)
  })

  it('reports progress and refuses a bad batch size', async () => {
    const store = createMemoryStore()
    const seen: number[] = []
    const input = Array.from({ length: 10 }, (_, i) => line(`o${i}`, 'x'))
    await importOrders(store, 's', input, {
      batchSize: 4,
      progressEvery: 5,
      onProgress: (p) => seen.push(p.ordersInserted),
    })
    expect(seen.at(-1)).toBe(10)
    expect(seen.length).toBeGreaterThanOrEqual(3)
    await expect(importOrders(store, 's', [], { batchSize: 0 })).rejects.toMatchObject({
      code: 'invalid_input',
    })
  })
})
