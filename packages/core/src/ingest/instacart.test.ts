import { describe, expect, it } from 'vitest'
import {
  createInstacartOrderIndex,
  createInstacartOrderProductParser,
  INSTACART_EPOCH,
} from './instacart.js'
import { createInstacartNameTable, createInstacartProductParser } from './instacart-products.js'
import { DAY_MS, HOUR_MS } from './timestamp.js'
import type { TextRecord } from './types.js'

const rec = (line: number, csv: string): TextRecord => ({ line, fields: csv.split(',') })

function orders(rows: string[]) {
  const b = createInstacartOrderIndex(
    rec(
      1,
      'order_id,user_id,eval_set,order_number,order_dow,order_hour_of_day,days_since_prior_order',
    ),
    'orders.csv',
  )
  if (!b.ok) throw new Error(b.issues[0]!.message)
  const rejects = rows.map((r, i) => b.value.add(rec(i + 2, r))).filter((x) => x !== undefined)
  return { index: b.value.build(), rejects }
}

describe('Instacart orders', () => {
  it('dates each user by cumulative days since prior order, in order_number order', () => {
    const { index, rejects } = orders([
      '11,1,prior,2,3,8,15.0',
      '10,1,prior,1,2,10,',
      '12,1,train,3,3,9,7.0',
      '20,2,prior,1,0,23,',
    ])
    expect(rejects).toEqual([])
    expect(index.get('10')).toEqual({ customerId: '1', orderedAt: INSTACART_EPOCH + 10 * HOUR_MS })
    expect(index.get('11')!.orderedAt).toBe(INSTACART_EPOCH + 15 * DAY_MS + 8 * HOUR_MS)
    expect(index.get('12')!.orderedAt).toBe(INSTACART_EPOCH + 22 * DAY_MS + 9 * HOUR_MS)
    expect(index.get('20')).toEqual({ customerId: '2', orderedAt: INSTACART_EPOCH + 23 * HOUR_MS })
  })
  it('keeps same-day orders in order even when the later one has an earlier hour', () => {
    const { index } = orders(['1,u,prior,1,0,15,', '2,u,prior,2,0,9,0.0'])
    expect(index.get('2')!.orderedAt).toBeGreaterThan(index.get('1')!.orderedAt)
  })
  it('rejects malformed and duplicate orders', () => {
    const { rejects } = orders([
      '1,u,prior,1,0,25,',
      '2,u,prior,x,0,1,-3',
      '3,u,prior,1,0,1,',
      '3,u,prior,2,0,1,1',
    ])
    expect(rejects.map((r) => (r.kind === 'reject' ? r.issues.map((i) => i.code) : []))).toEqual([
      ['invalid_time'],
      ['invalid_value', 'invalid_time'],
      ['duplicate_order'],
    ])
  })
  it('maps order_products rows to lines and rejects unknown orders', () => {
    const { index } = orders(['10,1,prior,1,2,10,'])
    const p = createInstacartOrderProductParser(
      rec(1, 'order_id,product_id,add_to_cart_order,reordered'),
      index,
      'order_products__prior.csv',
    )
    if (!p.ok) throw new Error('header')
    expect(p.value(rec(2, '10,196,1,0'))).toEqual({
      kind: 'accept',
      row: {
        orderId: '10',
        customerId: '1',
        orderedAt: INSTACART_EPOCH + 10 * HOUR_MS,
        sku: '196',
        quantity: 1,
        unitPrice: undefined,
      },
    })
    const bad = p.value(rec(3, '99,196,1,0'))
    expect(bad.kind === 'reject' && bad.issues[0]).toMatchObject({
      code: 'unknown_order',
      source: { file: 'order_products__prior.csv', line: 3, column: 'order_id' },
    })
  })
})

describe('Instacart products', () => {
  it('builds the category as department > aisle', () => {
    const aisles = createInstacartNameTable('aisle', rec(1, 'aisle_id,aisle'))
    const deps = createInstacartNameTable('department', rec(1, 'department_id,department'))
    if (!aisles.ok || !deps.ok) throw new Error('header')
    aisles.value.add(rec(2, '61,cookies cakes'))
    deps.value.add(rec(2, '19,snacks'))
    const p = createInstacartProductParser(
      rec(1, 'product_id,product_name,aisle_id,department_id'),
      aisles.value.build(),
      deps.value.build(),
    )
    if (!p.ok) throw new Error('header')
    expect(p.value(rec(2, '1,Chocolate Sandwich Cookies,61,19'))).toEqual({
      kind: 'accept',
      row: {
        sku: '1',
        title: 'Chocolate Sandwich Cookies',
        category: 'snacks > cookies cakes',
        price: undefined,
      },
    })
    const bad = p.value(rec(3, '2,X,62,19'))
    expect(bad.kind === 'reject' && bad.issues.map((i) => i.code)).toEqual(['unknown_aisle'])
  })
})
