import { describe, expect, it } from 'vitest'
import type { OnlineRetailLine } from './online-retail.js'
import {
  createOnlineRetailDetailParser,
  createOnlineRetailParser,
  isOnlineRetailProductCode,
} from './online-retail.js'
import { deriveOnlineRetailProducts } from './online-retail-products.js'
import type { TextRecord } from './types.js'

const rec = (line: number, csv: string): TextRecord => ({ line, fields: csv.split(',') })
const HEADER = rec(
  1,
  'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
)

function parser() {
  const r = createOnlineRetailParser(HEADER, 'france.csv')
  if (!r.ok) throw new Error(r.issues[0]!.message)
  return r.value
}

describe('createOnlineRetailParser', () => {
  it('accepts a sale: UTC time, pence, float customer id trimmed', () => {
    expect(
      parser()(rec(2, '536370,22728,ALARM CLOCK,24,12/1/2010 8:45,3.75,12583.0,France')),
    ).toEqual({
      kind: 'accept',
      row: {
        orderId: '536370',
        customerId: '12583',
        orderedAt: Date.UTC(2010, 11, 1, 8, 45),
        sku: '22728',
        quantity: 24,
        unitPrice: 375,
      },
    })
  })
  it('keeps an empty customer as a guest', () => {
    const out = parser()(rec(2, '536370,22728,X,1,12/1/2010 8:45,3.75,,France'))
    expect(out.kind === 'accept' && out.row.customerId).toBe('')
  })
  it.each([
    ['C536379,22728,X,-1,12/1/2010 9:41,3.75,12583,France', 'cancellation', 'InvoiceNo'],
    ['536370,POST,POSTAGE,3,12/1/2010 8:45,18,12583,France', 'non_product', 'StockCode'],
    ['536370,BANK CHARGES,Bank,1,12/1/2010 8:45,15,12583,France', 'non_product', 'StockCode'],
    ['536370,gift_0001_20,voucher,1,12/1/2010 8:45,17,12583,France', 'non_product', 'StockCode'],
    ['536370,22728,damaged,-5,12/1/2010 8:45,0,,France', 'negative_quantity', 'Quantity'],
    ['536370,22728,X,2,12/1/2010 8:45,0.00,12583,France', 'zero_price', 'UnitPrice'],
  ])('excludes %s as %s', (csv, code, column) => {
    const out = parser()(rec(9, csv))
    expect(out.kind).toBe('exclude')
    if (out.kind !== 'exclude') return
    expect(out.issue.code).toBe(code)
    expect(out.issue.source).toEqual({ file: 'france.csv', line: 9, column })
  })
  it('rejects malformed rows with every bad field named', () => {
    const out = parser()(rec(4, '536370,22728,X,two,13/45/2010 8:45,3,75,12583,France'))
    expect(out.kind === 'reject' && out.issues.map((i) => i.code)).toEqual(['field_count'])
    const bad = parser()(rec(5, '536370,22728,X,two,13/45/2010 8:45,abc,12583,France'))
    expect(bad.kind === 'reject' && bad.issues.map((i) => i.source?.column)).toEqual([
      'Quantity',
      'InvoiceDate',
      'UnitPrice',
    ])
  })
})

describe('isOnlineRetailProductCode', () => {
  it('tells product stock codes from fees and vouchers', () => {
    for (const c of ['22728', '85123A', '15056BL', 'DCGS0076'])
      expect(isOnlineRetailProductCode(c)).toBe(true)
    for (const c of [
      'POST',
      'M',
      'm',
      'C2',
      'DOT',
      'D',
      'PADS',
      'CRUK',
      'AMAZONFEE',
      'gift_0001_10',
      '1234',
    ]) {
      expect(isOnlineRetailProductCode(c)).toBe(false)
    }
  })
})

describe('deriveOnlineRetailProducts', () => {
  it('takes the most recent price and description per stock code', () => {
    const r = createOnlineRetailDetailParser(HEADER)
    if (!r.ok) throw new Error('header')
    const details: OnlineRetailLine[] = []
    for (const csv of [
      '2,22728,CLOCK PINK ,1,5/1/2011 10:00,3.75,1,France',
      '2,22727,CLOCK RED,1,5/1/2011 10:00,3.75,1,France',
      '1,22728,OLD NAME,1,1/1/2011 10:00,4.15,1,France',
      '3,22728,,1,5/1/2011 10:00,3.25,1,France',
      'C4,22727,CLOCK RED,-1,6/1/2011 10:00,9.99,1,France',
    ]) {
      const out = r.value(rec(2, csv))
      if (out.kind === 'accept') details.push(out.row)
    }
    expect(deriveOnlineRetailProducts(details)).toEqual([
      { sku: '22728', title: 'CLOCK PINK', category: '', price: 325 },
      { sku: '22727', title: 'CLOCK RED', category: '', price: 375 },
    ])
  })
})
