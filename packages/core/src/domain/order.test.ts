import { describe, expect, it } from 'vitest'
import { groupConsecutiveLines, groupConsecutiveLinesAsync, type OrderLine } from './order.js'

const line = (orderId: string, sku: string): OrderLine => ({
  orderId,
  customerId: 'c',
  orderedAt: 1,
  sku,
  quantity: 1,
  unitPrice: 100,
})
const lines = [line('o1', 'a'), line('o1', 'b'), line('o2', 'c'), line('o1', 'd')]

describe('grouping order lines', () => {
  it('groups consecutive lines of one order id, keeping line order', () => {
    const orders = [...groupConsecutiveLines(lines)]
    expect(orders.map((o) => [o.id, o.lines.map((l) => l.sku)])).toEqual([
      ['o1', ['a', 'b']],
      ['o2', ['c']],
      ['o1', ['d']], // not contiguous: a new group (merging is the caller's choice)
    ])
    expect([...groupConsecutiveLines([])]).toEqual([])
  })
  it('does the same over an asynchronous stream', async () => {
    async function* stream() {
      yield* lines
    }
    const orders = []
    for await (const o of groupConsecutiveLinesAsync(stream())) orders.push(o)
    expect(orders).toEqual([...groupConsecutiveLines(lines)])
  })
})
