import { describe, expect, it } from 'vitest'
import { createCanonicalProductParser } from './canonical-products.js'
import type { TextRecord } from './types.js'

const rec = (line: number, csv: string): TextRecord => ({ line, fields: csv.split(',') })

function parser(header: string) {
  const r = createCanonicalProductParser(rec(1, header), 'products.csv')
  if (!r.ok) throw new Error(r.issues[0]!.message)
  return r.value
}

describe('createCanonicalProductParser', () => {
  it('reads the four required columns, empty category meaning unknown', () => {
    expect(parser('sku,title,category,price')(rec(2, 'T-1,Toaster 2-slice,,24.99'))).toEqual({
      kind: 'accept',
      row: { sku: 'T-1', title: 'Toaster 2-slice', category: '', price: 2499 },
    })
  })
  it('reads cost, stock, tags and relations', () => {
    const p = parser('sku,title,category,price,cost,stock,tags,accessory_of,tier,variant_of,colour')
    const out = p(
      rec(2, 'BAG-1,Laptop bag,Bags > Laptop,39,21.5,-3,travel| leather ,L-1|L-2,better:2,,red'),
    )
    expect(out).toEqual({
      kind: 'accept',
      row: {
        sku: 'BAG-1',
        title: 'Laptop bag',
        category: 'Bags > Laptop',
        price: 3900,
        cost: 2150,
        stock: -3,
        tags: ['travel', 'leather'],
        relations: { accessory_of: ['L-1', 'L-2'], tier: ['better', '2'] },
      },
    })
  })
  it('keeps a tier label without order as a single entry', () => {
    const out = parser('sku,title,category,price,tier')(rec(2, 'P,Plan,,9,premium'))
    expect(out.kind === 'accept' && out.row.relations).toEqual({ tier: ['premium'] })
  })
  it('reports a product naming itself in a relation', () => {
    const out = parser('sku,title,category,price,replaces')(rec(4, 'A,a,,1,B|A'))
    expect(out.kind).toBe('reject')
    if (out.kind !== 'reject') return
    expect(out.issues[0]!.code).toBe('self_relation')
    expect(out.issues[0]!.source).toEqual({ file: 'products.csv', line: 4, column: 'replaces' })
    expect(out.issues[0]!.message).toContain('replaces of A names A itself')
  })
  it('rejects bad price, cost, stock and tier, naming each column', () => {
    const p = parser('sku,title,category,price,cost,stock,tier')
    const out = p(rec(3, ',x,,-1,abc,2.5,good:first'))
    expect(out.kind === 'reject' && out.issues.map((i) => [i.code, i.source?.column])).toEqual([
      ['missing_value', 'sku'],
      ['invalid_price', 'price'],
      ['invalid_cost', 'cost'],
      ['invalid_stock', 'stock'],
      ['invalid_tier', 'tier'],
    ])
  })
  it('needs sku, title, category and price in the header', () => {
    const r = createCanonicalProductParser(rec(1, 'sku,name,price'))
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.issues).toHaveLength(1)
      expect(r.issues[0]!.message).toContain('title, category')
    }
  })
  it('reports a known column named twice', () => {
    const r = createCanonicalProductParser(rec(1, 'sku,title,category,price,SKU'))
    expect(!r.ok && r.issues[0]!.code).toBe('duplicate_column')
  })
})
