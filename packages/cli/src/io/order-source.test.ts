import { fileURLToPath } from 'node:url'
import type { Issue, OrderLine, OrderLineOutcome } from 'upcross'
import { describe, expect, it } from 'vitest'
import { openOrderSource } from './order-source.js'

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))

interface Tally {
  accepted: OrderLine[]
  excluded: Issue[]
  rejected: Issue[][]
}
async function tally(source: AsyncIterable<OrderLineOutcome>): Promise<Tally> {
  const t: Tally = { accepted: [], excluded: [], rejected: [] }
  for await (const o of source) {
    if (o.kind === 'accept') t.accepted.push(o.row)
    else if (o.kind === 'exclude') t.excluded.push(o.issue)
    else t.rejected.push(o.issues)
  }
  return t
}
const where = (issues: Issue[]) =>
  issues.map((i) => `${i.source?.line}:${i.code}:${i.source?.column ?? ''}`).join(' ')

describe('openOrderSource canonical', () => {
  it('accepts, excludes and rejects the rows of a canonical file with their lines', async () => {
    const t = await tally(openOrderSource([fixture('orders.csv')], 'canonical'))
    expect(t.accepted.map((l) => `${l.orderId}/${l.sku}`)).toEqual([
      'o1/LAPTOP-1',
      'o1/BAG-1',
      'o2/MOUSE-1',
    ])
    expect(t.accepted[2]).toEqual({
      orderId: 'o2',
      customerId: '',
      orderedAt: Date.UTC(2024, 2, 2, 8),
      sku: 'MOUSE-1',
      quantity: 2,
      unitPrice: 1950,
    })
    expect(t.excluded.map((i) => `${i.source?.line}:${i.code}`)).toEqual(['5:return_line'])
    expect(t.rejected.map(where)).toEqual([
      '6:invalid_time:ordered_at',
      '7:missing_value:sku 7:invalid_quantity:quantity',
      '8:invalid_price:unit_price',
      '9:field_count:',
    ])
    expect(t.rejected[0]![0]!.source?.file).toBe(fixture('orders.csv'))
  })
  it('throws invalid_input for a missing file before reading anything', () => {
    expect(() =>
      openOrderSource([fixture('orders.csv'), fixture('missing.csv')], 'canonical'),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        message: expect.stringContaining('missing.csv'),
      }),
    )
  })
  it('refuses a file whose header is not the layout, with the header issue', async () => {
    await expect(
      tally(openOrderSource([fixture('products.csv')], 'canonical')),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ code: 'missing_column' })],
    })
  })
})

describe('openOrderSource online-retail', () => {
  it('reads a real slice and reports the broken rows appended to it', async () => {
    const t = await tally(
      openOrderSource([fixture('online_retail_france_head.csv')], 'online-retail'),
    )
    expect(t.accepted).toHaveLength(187 + 1)
    expect(new Set(t.accepted.map((l) => l.orderId)).size).toBe(11)
    expect(t.excluded.filter((i) => i.code === 'cancellation')).toHaveLength(3)
    expect(t.excluded.filter((i) => i.code === 'non_product').map((i) => i.input)).toEqual(
      Array(9).fill('POST'),
    )
    expect(t.rejected.map(where)).toEqual([
      '201:field_count:',
      '202:unclosed_quote:',
      '203:invalid_quantity:Quantity',
      '204:invalid_time:InvoiceDate',
      '205:invalid_price:UnitPrice',
    ])
    expect(t.accepted.at(-1)).toMatchObject({
      orderId: '536999',
      sku: '22724',
      customerId: '12583',
    })
    const frame = t.accepted.find((l) => l.sku === '22041')
    expect(frame?.unitPrice).toBe(255)
  })
})

describe('openOrderSource basket layouts', () => {
  it('reads FIMI baskets as orders L<line>', async () => {
    const t = await tally(openOrderSource([fixture('baskets.dat')], 'fimi'))
    expect(t.accepted.map((l) => `${l.orderId}:${l.sku}`)).toEqual([
      'L1:0',
      'L1:1',
      'L1:2',
      'L1:3',
      'L2:4',
      'L2:5',
      'L4:5',
      'L4:6',
      'L4:7',
      'L6:10',
    ])
    expect(t.rejected.map(where)).toEqual(['5:invalid_item:3'])
  })
  it('reads Groceries baskets with names', async () => {
    const t = await tally(openOrderSource([fixture('baskets.basket')], 'groceries-basket'))
    expect(t.accepted.map((l) => `${l.orderId}:${l.sku}`)).toEqual([
      'L1:whole milk',
      'L1:butter',
      'L1:rolls/buns',
      'L2:yogurt',
      'L2:cream cheese',
      'L5:whole milk',
    ])
    expect(t.rejected.map(where)).toEqual(['4:empty_item:2'])
  })
  it('reads next-basket JSON, dating the future file after the history per user', async () => {
    const t = await tally(
      openOrderSource([fixture('nbr_history.json'), fixture('nbr_future.json')], 'nbr-json'),
    )
    const day = (l: OrderLine) => (l.orderedAt! - Date.UTC(2000, 0, 1)) / 86_400_000
    expect(t.accepted.map((l) => `${l.orderId}:${l.sku}@${day(l)}`)).toEqual([
      '1-0:10@0',
      '1-0:11@0',
      '1-1:11@1',
      '1-1:12@1',
      '2-0:20@0',
      '1-2:13@2',
      '2-1:21@1',
      '2-1:20@1',
      '3-0:30@0',
    ])
    expect(t.rejected).toEqual([])
  })
})

describe('openOrderSource instacart', () => {
  it('joins order_products to orders, dates orders per user, and rejects unknown orders', async () => {
    const t = await tally(openOrderSource([fixture('instacart')], 'instacart'))
    const at = (h: number, d = 0) => Date.UTC(2017, 0, 1 + d, h)
    expect(t.accepted.map((l) => [l.orderId, l.customerId, l.sku, l.orderedAt])).toEqual([
      ['101', '1', '1', at(8)],
      ['101', '1', '2', at(8)],
      ['102', '1', '1', at(7, 15)],
      ['102', '1', '3', at(7, 15)],
      ['201', '2', '4', at(17)],
      ['103', '1', '1', at(12, 36)],
      ['103', '1', '4', at(12, 36)],
      ['202', '2', '4', at(17) + 60_000],
    ])
    expect(t.rejected.map(where)).toEqual([
      '8:invalid_value:order_number',
      '7:unknown_order:order_id',
      '8:unknown_order:order_id',
    ])
    expect(t.rejected[1]![0]!.source?.file).toMatch(/order_products__prior\.csv$/)
  })
  it('accepts the files listed one by one', async () => {
    const files = ['orders.csv', 'order_products__train.csv'].map((f) => fixture(`instacart/${f}`))
    const t = await tally(openOrderSource(files, 'instacart'))
    expect(t.accepted.map((l) => l.orderId)).toEqual(['103', '103', '202'])
  })
  it('needs orders.csv', () => {
    expect(() =>
      openOrderSource([fixture('instacart/order_products__train.csv')], 'instacart'),
    ).toThrow(/orders\.csv/)
  })
})
