import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../main.js'
import { captureOutput } from '../test-support/capture-output.js'

const dir = mkdtempSync(join(tmpdir(), 'upcross-upsell-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const PRODUCTS = [
  'sku,title,category,price,tier,variant_of,warranty_for,accessory_of,consumable_for',
  'L1,"Laptop 14"", 8 GB",Computers > Laptops,899.00,good:1,,,,',
  'L2,"Laptop 14"", 16 GB",Computers > Laptops,1099.00,better:2,L1,,,',
  'L3,"Laptop 15"", 32 GB",Computers > Laptops,1499.00,best:3,L1,,,',
  'L4,"Laptop 14"", 8 GB, 1 TB",Computers > Laptops,999.00,,L1,,,',
  'R1,"Rival laptop 14""",Computers > Laptops,1049.00,,,,,',
  'C1,"Budget laptop 14""",Computers > Laptops,699.00,,,,,',
  'W1,3-year warranty,Services,129.00,,,L1|L2|L3,,',
  'BAG,Laptop bag,Bags,39.90,,,,L1|L2|L3,',
  'WIPES,"Screen wipes, 50 pack",Care,9.90,,,,,L1',
  'MOUSE,Mouse,Accessories,19.90,,,,,',
  '',
].join('\n')

const ORDERS: [string, number, string[]][] = [
  ['c1', 1, ['L1', 'BAG', 'W1']],
  ['c2', 1, ['L1', 'BAG']],
  ['c3', 2, ['L1', 'WIPES']],
  ['c4', 2, ['L2', 'BAG', 'W1']],
  ['c5', 3, ['L3', 'BAG']],
  ['c6', 3, ['C1', 'MOUSE']],
  ['c7', 4, ['C1', 'MOUSE']],
  ['c6', 10, ['L1', 'MOUSE']],
  ['c7', 11, ['L1']],
  ['c8', 5, ['R1', 'MOUSE']],
  ['c9', 5, ['R1']],
  ['c1', 20, ['R1']],
  ['c2', 21, ['R1']],
  ['c10', 6, ['MOUSE', 'BAG']],
]

const ordersCsv = [
  'order_id,customer_id,ordered_at,sku,quantity,unit_price',
  ...ORDERS.flatMap(([c, day, skus], k) =>
    skus.map((sku) => `o${k},${c},2024-01-${String(day).padStart(2, '0')}T10:00:00Z,${sku},1,`),
  ),
  '',
].join('\n')

const io = captureOutput()

const run = (...args: string[]) => main(['node', 'upcross', ...args])

interface JsonOffer {
  sku: string
  kind: string
  reasons: Record<string, unknown>[]
}

describe('upcross recommend: upsell on the product page and the rule of three', () => {
  const products = join(dir, 'products.csv')
  const orders = join(dir, 'orders.csv')
  const model = join(dir, 'shop.upx')
  writeFileSync(products, PRODUCTS)
  writeFileSync(orders, ordersCsv)

  const offersFor = async (placement: string): Promise<JsonOffer[]> => {
    io.clear()
    const args = ['recommend', '--model', model, '--sku', 'L1', '--placement', placement, '--json']
    expect(await run(...args), io.err).toBe(0)
    return (JSON.parse(io.out) as { offers: JsonOffer[] }).offers
  }

  it('trains with a valid catalog without warnings', async () => {
    expect(
      await run('train', '--orders', orders, '--products', products, '--out', model),
      io.err,
    ).toBe(0)
    expect(io.err).not.toContain('warning')
  })

  it('puts declared tiers and variants first, then learned upgrades, add-ons and cross-sells', async () => {
    const offers = await offersFor('product')
    expect(offers.slice(0, 3).map((o) => o.sku)).toEqual(['L2', 'L3', 'L4'])
    expect(offers.slice(0, 3).every((o) => o.reasons[0]!['source'] === 'declared')).toBe(true)
    expect(offers[3]).toMatchObject({ sku: 'R1', kind: 'upsell', reasons: [{ source: 'learned' }] })
    expect(offers.slice(4, 7).map((o) => [o.sku, o.kind])).toEqual([
      ['W1', 'upsell'],
      ['BAG', 'cross_sell'],
      ['WIPES', 'cross_sell'],
    ])
    expect(offers.map((o) => o.sku)).not.toContain('L1')
    for (const o of offers) expect(o.reasons.length).toBeGreaterThan(0)
    expect(offers[0]!.reasons[0]).toMatchObject({
      code: 'upgrade',
      from: 'L1',
      to: 'L2',
      price_delta: 20000,
      price_delta_pct: 0.2225,
    })
    expect(offers[1]!.reasons[0]).toMatchObject({ price_delta: 60000, price_delta_pct: 0.6674 })
    expect(offers[3]!.reasons[0]).toMatchObject({ price_delta: 15000, price_delta_pct: 0.1669 })
    expect(offers[5]!.reasons[0]).toMatchObject({ code: 'addon', attach_rate: 0.4, orders: 2 })
  })

  it('prints upsells with their reasons first', async () => {
    expect(await run('recommend', '--model', model, '--sku', 'L1')).toBe(0)
    const lines = io.out.split('\n')
    expect(lines[1]).toBe(' 1. Laptop 14", 16 GB (L2)  [upsell, score 1]')
    expect(lines[2]).toBe(
      '    Upgrade: Laptop 14", 16 GB (L2) — +200.00 (+22 %), next tier; good → better; bigger: 8 GB → 16 GB',
    )
  })

  it('returns at most three well-spaced choices', async () => {
    const offers = await offersFor('choices')
    expect(offers.length).toBeLessThanOrEqual(3)
    expect(offers.map((o) => [o.sku, o.reasons[0]!['option']])).toEqual([
      ['L2', 'step_up'],
      ['L3', 'premium'],
      ['C1', 'cheaper'],
    ])
    expect(offers.map((o) => o.reasons[0]!['price_delta'])).toEqual([20000, 60000, -20000])
  })

  it('reports an invalid catalog with clear issues and exits 3 on import; training only warns', async () => {
    const bad = join(dir, 'bad.csv')
    writeFileSync(
      bad,
      [
        'sku,title,category,price,tier,variant_of,warranty_for,accessory_of',
        'A,A,,1.00,good,B,,GHOST',
        'B,B,,2.00,good,A,,',
        'C,C,,3.00,platinum-ish,,,',
        'W,Warranty,,1.00,,,W,',
        'D,D,,4.00,better:2,,,',
        'E,E,,5.00,top:2,D,,',
        '',
      ].join('\n'),
    )
    const db = join(dir, 'bad.db')
    const code = await run(
      'import',
      'products',
      bad,
      '--db',
      `sqlite:${db}`,
      '--store',
      's',
      '--no-progress',
    )
    expect(code).toBe(3)
    // the self-referencing warranty row is rejected by the parser; the rest by validation
    expect(io.out).toContain('self_relation')
    expect(io.out).toContain(
      'catalog issues: 4 (unknown_sku 1, variant_cycle 1, tier_unranked 1, tier_conflict 1)',
    )
    expect(io.out).toContain(
      '  A accessory_of: accessory_of of A names GHOST, which is not in the catalog (unknown_sku)',
    )
    expect(io.out).toContain('  A variant_of: variant_of forms a cycle: A → B → A (variant_cycle)')
    expect(io.out).toContain('  E tier: E and D are both tier rank 2 of family D')
    expect(io.out).toContain(
      'tier "platinum-ish" of C has no known rank; give one, e.g. platinum-ish:2',
    )
    io.clear()
    const args = ['train', '--orders', orders, '--products', bad, '--out', join(dir, 'bad.upx')]
    expect(await run(...args)).toBe(3) // the rejected W row
    expect(io.err).toContain('warning: ')
    expect(io.err).toContain('(unknown_sku)')
  })
})
