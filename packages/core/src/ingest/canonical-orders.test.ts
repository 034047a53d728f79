import { describe, expect, it } from 'vitest'
import { createCanonicalOrderParser } from './canonical-orders.js'
import type { TextRecord } from './types.js'

const rec = (line: number, csv: string): TextRecord => ({ line, fields: csv.split(',') })
const HEADER = rec(1, 'order_id,customer_id,ordered_at,sku,quantity,unit_price')

function parser(header = HEADER) {
  const r = createCanonicalOrderParser(header, 'orders.csv')
  if (!r.ok) throw new Error(r.issues[0]!.message)
  return r.value
}

describe('createCanonicalOrderParser', () => {
  it('accepts a valid line with exact money and time', () => {
    const out = parser()(rec(2, 'o1,c7,2024-03-01T10:15:00+01:00,SKU-1,2,12.50'))
    expect(out).toEqual({
      kind: 'accept',
      row: {
        orderId: 'o1',
        customerId: 'c7',
        orderedAt: Date.UTC(2024, 2, 1, 9, 15),
        sku: 'SKU-1',
        quantity: 2,
        unitPrice: 1250,
      },
    })
  })
  it('finds columns by name in any order and ignores extra columns', () => {
    const header = rec(1, 'sku,note,quantity,order_id,unit_price,ordered_at,customer_id')
    const out = parser(header)(rec(2, 'A,hello,1,o9,3,2024-01-05,'))
    expect(out.kind).toBe('accept')
    if (out.kind !== 'accept') return
    expect(out.row).toMatchObject({ orderId: 'o9', sku: 'A', customerId: '', unitPrice: 300 })
    expect(out.row.orderedAt).toBe(Date.UTC(2024, 0, 5))
  })
  it('reports all missing required columns in one header issue', () => {
    const r = createCanonicalOrderParser(rec(1, 'order_id,sku,price'), 'orders.csv')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.issues).toHaveLength(1)
    expect(r.issues[0]!.code).toBe('missing_column')
    expect(r.issues[0]!.message).toContain('customer_id, ordered_at, quantity, unit_price')
    expect(r.issues[0]!.source).toEqual({ file: 'orders.csv', line: 1 })
  })
  it('rejects each bad field with its code, column name and the value found', () => {
    const out = parser()(rec(7, 'o1,c1,2024-03-01T10:15:00,,1.5,abc'))
    expect(out.kind).toBe('reject')
    if (out.kind !== 'reject') return
    expect(out.issues.map((i) => [i.code, i.source?.column])).toEqual([
      ['missing_value', 'sku'],
      ['invalid_time', 'ordered_at'],
      ['invalid_quantity', 'quantity'],
      ['invalid_price', 'unit_price'],
    ])
    const time = out.issues[1]!
    expect(time.source).toEqual({ file: 'orders.csv', line: 7, column: 'ordered_at' })
    expect(time.message).toContain('zone')
    expect(time.message).toContain('"2024-03-01T10:15:00"')
    expect(out.issues[2]!.message).toContain('"1.5"')
  })
  it('rejects negative prices but accepts an empty price as unknown', () => {
    expect(parser()(rec(2, 'o1,,2024-03-01,A,1,-2')).kind).toBe('reject')
    const out = parser()(rec(2, 'o1,,2024-03-01,A,1,'))
    expect(out.kind === 'accept' && out.row.unitPrice).toBeUndefined()
  })
  it('excludes return lines and zero quantities with a reason', () => {
    const ret = parser()(rec(3, 'o1,c1,2024-03-01,A,-2,5'))
    expect(ret.kind).toBe('exclude')
    if (ret.kind === 'exclude') {
      expect(ret.issue.code).toBe('return_line')
      expect(ret.issue.source).toEqual({ file: 'orders.csv', line: 3, column: 'quantity' })
    }
    const zero = parser()(rec(4, 'o1,c1,2024-03-01,A,0,5'))
    expect(zero.kind === 'exclude' && zero.issue.code).toBe('zero_quantity')
  })
  it('rejects a record whose field count differs from the header', () => {
    const out = parser()(rec(5, 'o1,c1,2024-03-01,A,1'))
    expect(out.kind === 'reject' && out.issues[0]!.code).toBe('field_count')
    expect(out.kind === 'reject' && out.issues[0]!.message).toContain('expected 6 fields')
  })
})
