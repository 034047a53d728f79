import { describe, expect, it } from 'vitest'
import { parseGroceriesBasket } from './groceries-basket.js'

describe('parseGroceriesBasket', () => {
  it('makes one line per item name, trimmed, in order L<line>', () => {
    const out = parseGroceriesBasket({
      line: 4,
      fields: ['pip fruit', 'cream cheese ', 'yogurt', 'yogurt'],
    })
    expect(
      out.map((o) => (o.kind === 'accept' ? `${o.row.orderId}:${o.row.sku}` : o.kind)),
    ).toEqual(['L4:pip fruit', 'L4:cream cheese', 'L4:yogurt'])
    expect(out[0]!.kind === 'accept' && out[0]!.row.quantity).toBe(1)
  })
  it('rejects a basket with an empty item, naming its position', () => {
    const out = parseGroceriesBasket({ line: 9, fields: ['whole milk', '', 'butter'] }, 'g.basket')
    expect(out).toHaveLength(1)
    const r = out[0]!
    expect(r.kind).toBe('reject')
    if (r.kind !== 'reject') return
    expect(r.issues[0]!.code).toBe('empty_item')
    expect(r.issues[0]!.source).toEqual({ file: 'g.basket', line: 9, column: '2' })
  })
  it('skips a blank line', () => {
    expect(parseGroceriesBasket({ line: 2, fields: [' '] })).toEqual([])
  })
})
