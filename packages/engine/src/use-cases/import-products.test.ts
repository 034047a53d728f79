import type { Product, ProductOutcome } from 'upcross'
import { describe, expect, it } from 'vitest'
import { createMemoryStore } from '../memory-store.js'
import { importProducts } from './import-products.js'

const p = (sku: string, title = sku): ProductOutcome => {
  const row: Product = { sku, title, category: '', price: 100 }
  return { kind: 'accept', row }
}

describe('importProducts', () => {
  it('upserts by sku across batches and reports rejected rows', async () => {
    const store = createMemoryStore()
    const bad: ProductOutcome = {
      kind: 'reject',
      issues: [{ code: 'missing_sku', path: ['sku'], message: 'empty', source: { line: 3 } }],
    }
    const first = await importProducts(store, 's', [p('a'), bad, p('b'), p('c')], { batchSize: 2 })
    expect(first).toMatchObject({
      rows: 4,
      accepted: 3,
      rejectedRows: 1,
      products: { inserted: 3, updated: 0 },
      batches: 2,
    })
    const second = await importProducts(store, 's', [p('a', 'A2'), p('d'), p('a', 'A3')])
    expect(second.products).toEqual({ inserted: 1, updated: 2 })
    expect(await store.countProducts('s')).toBe(4)
    expect((await store.getProducts('s', ['a']))[0]?.title).toBe('A3')
  })
})
