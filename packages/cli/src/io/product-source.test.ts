import { fileURLToPath } from 'node:url'
import type { Product, ProductOutcome } from 'upcross'
import { describe, expect, it } from 'vitest'
import { openProductSource } from './product-source.js'

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))

async function collect(source: AsyncIterable<ProductOutcome>) {
  const products: Product[] = []
  const rejected: string[] = []
  for await (const o of source) {
    if (o.kind === 'accept') products.push(o.row)
    else if (o.kind === 'reject')
      rejected.push(...o.issues.map((i) => `${i.source?.line}:${i.code}:${i.source?.column ?? ''}`))
  }
  return { products, rejected }
}

describe('openProductSource', () => {
  it('reads canonical products with relations and tiers', async () => {
    const { products, rejected } = await collect(
      openProductSource(fixture('products.csv'), 'canonical'),
    )
    expect(products.map((p) => p.sku)).toEqual(['LAPTOP-1', 'LAPTOP-2', 'BAG-1'])
    expect(products[1]).toEqual({
      sku: 'LAPTOP-2',
      title: 'Laptop 14", 16 GB',
      category: 'Computers > Laptops',
      price: 109900,
      cost: 82000,
      stock: 4,
      tags: ['work'],
      relations: { tier: ['better', '2'], variant_of: ['LAPTOP-1'] },
    })
    expect(products[2]!.relations).toEqual({ accessory_of: ['LAPTOP-1', 'LAPTOP-2'] })
    expect(rejected).toEqual(['5:self_relation:warranty_for', '6:invalid_price:price'])
  })
  it('derives Online Retail products from accepted lines only', async () => {
    const { products, rejected } = await collect(
      openProductSource(fixture('online_retail_france_head.csv'), 'online-retail'),
    )
    expect(products).toHaveLength(156 + 1)
    expect(products.some((p) => p.sku === 'POST')).toBe(false)
    expect(products.find((p) => p.sku === '22041')).toEqual({
      sku: '22041',
      title: 'RECORD FRAME 7" SINGLE SIZE',
      category: '',
      price: 255,
    })
    expect(rejected).toHaveLength(5)
  })
  it('reads an Instacart catalog folder with category department > aisle', async () => {
    const { products, rejected } = await collect(
      openProductSource(fixture('instacart'), 'instacart'),
    )
    expect(products.map((p) => [p.sku, p.title, p.category])).toEqual([
      ['1', 'Oat Milk', 'dairy eggs > milk'],
      ['2', 'Bread, Sourdough', 'bakery > bread'],
      ['3', 'Greek Yogurt', 'dairy eggs > yogurt'],
      ['4', 'Sparkling Water', 'beverages > water seltzer sparkling water'],
    ])
    expect(rejected).toEqual(['6:unknown_aisle:aisle_id'])
  })
  it('throws invalid_input for a missing products file', () => {
    expect(() => openProductSource(fixture('nope.csv'), 'canonical')).toThrow(/nope\.csv/)
    expect(() => openProductSource(fixture('nope.csv'), 'online-retail')).toThrow(/nope\.csv/)
  })
})
