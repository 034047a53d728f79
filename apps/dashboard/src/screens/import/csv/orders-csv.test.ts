import { describe, expect, it } from 'vitest'
import { prepareOrders } from './orders-csv.js'
import { readCsv } from './read-csv.js'

const prepare = (text: string) => prepareOrders(readCsv(text))

describe('prepareOrders', () => {
  it('groups rows into orders by id and keeps the line of every order line', () => {
    const p = prepare(
      'ORDER_ID, customer_id ,ordered_at,sku,quantity,unit_price,note\n' +
        'o1,c1,2024-03-01T10:00:00Z,A,1,9.90,x\n' +
        'o2,,2024-03-02,B,2,,y\n' +
        'o1,c1,2024-03-01T10:00:00Z,B,-1,5,z\n',
    )
    if ('fatal' in p) throw new Error(p.fatal)
    expect(p.items).toEqual([
      {
        id: 'o1',
        customer: 'c1',
        orderedAt: '2024-03-01T10:00:00Z',
        lines: [
          { sku: 'A', quantity: 1, unitPrice: '9.90' },
          { sku: 'B', quantity: -1, unitPrice: '5' },
        ],
      },
      { id: 'o2', orderedAt: '2024-03-02', lines: [{ sku: 'B', quantity: 2 }] },
    ])
    expect(p.lines).toEqual([[2, 4], [3]])
    expect(p.issues).toEqual([])
  })

  it('rejects what the request could not carry, and the rest of that order with it', () => {
    const p = prepare(
      'order_id,customer_id,ordered_at,sku,quantity,unit_price\n' +
        'o1,c1,2024-03-01,A,1.5,1\n' +
        'o1,c1,2024-03-01,B,1,1\n' +
        ',c1,2024-03-01,B,1,1\n' +
        'o2,c1,2024-03-01,,1,1\n' +
        'o3,c1,2024-03-01,C,1,1\n',
    )
    if ('fatal' in p) throw new Error(p.fatal)
    expect(p.items.map((o) => o.id)).toEqual(['o3'])
    expect(p.rejectedRecords).toBe(2)
    expect(p.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [2, 'quantity', 'invalid_quantity'],
      [4, 'order_id', 'missing_value'],
      [5, 'sku', 'missing_value'],
      [3, undefined, 'order_rejected'],
    ])
  })

  it('refuses a header without the required columns, naming each', () => {
    expect(prepare('order_id,sku\no1,A\n')).toEqual({
      kind: 'orders',
      fatal: 'the header lacks the columns ordered_at, quantity (found: order_id, sku)',
    })
    expect(prepare('')).toEqual({ kind: 'orders', fatal: 'the file is empty: no header line' })
  })
})
