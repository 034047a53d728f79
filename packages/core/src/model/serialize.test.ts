import { describe, expect, it } from 'vitest'
import { isUpcrossError } from '../errors.js'
import { sixOrders } from '../mining/test-baskets.js'
import { laptopModel } from '../offers/test-catalog.js'
import { recommend } from '../ranking/recommend.js'
import { MODEL_VERSION } from './model.js'
import { deserializeModel, serializeModel } from './serialize.js'
import { trainModel } from './train.js'

const products = [
  {
    sku: 'bread',
    title: 'Sourdough <b>bread</b>',
    category: 'Bakery',
    price: 350,
    cost: 120,
    stock: 8,
    relations: { tier: ['good'] },
  },
  {
    sku: 'beer',
    title: 'Lager',
    category: 'Drinks > Beer',
    price: 199,
    relations: { accessory_of: ['diapers'] },
  },
  // never ordered: joins the vocabulary so it can be offered as a declared add-on
  {
    sku: 'bread-plan',
    title: 'Bread subscription',
    category: 'Bakery',
    price: 900,
    relations: { service_plan_for: ['bread'] },
  },
]

describe('model file round trip', () => {
  const model = trainModel(sixOrders(), {
    trainedAt: '2024-02-01T00:00:00.000Z',
    products,
    association: { minPairCount: 1 },
  })

  it('carries catalog-only products, costs, stock, tiers and declared relations', () => {
    const plan = model.itemIndex.get('bread-plan')!
    const bread = model.itemIndex.get('bread')!
    expect(plan).toBe(model.skus.length - 1)
    expect(model.itemCounts[plan]).toBe(0)
    expect(model.catalog.costs[bread]).toBe(120)
    expect(model.catalog.stock[bread]).toBe(8)
    expect(Number.isNaN(model.catalog.stock[plan]!)).toBe(true)
    expect(model.catalog.tiers.get(bread)).toEqual({ family: bread, rank: 1, label: 'good' })
    expect(model.catalog.relations).toContainEqual({
      kind: 'service_plan_for',
      from: plan,
      to: bread,
    })
    expect(model.catalog.relations).toContainEqual({
      kind: 'accessory_of',
      from: model.itemIndex.get('beer'),
      to: model.itemIndex.get('diapers'),
    })
  })

  it('restores every part and serves the same offers', () => {
    const bytes = serializeModel(model)
    const back = deserializeModel(bytes)
    expect(back.meta).toEqual(model.meta)
    expect(back.skus).toEqual(model.skus)
    expect(back.titles).toEqual(model.titles)
    expect(back.categories).toEqual(model.categories)
    expect(back.basketTotal).toBe(model.basketTotal)
    expect(back.itemCounts).toEqual(model.itemCounts)
    expect(back.prices).toEqual(model.prices)
    expect(back.neighbours).toEqual(model.neighbours)
    expect(back.popular).toEqual(model.popular)
    expect(back.customers).toEqual(model.customers)
    expect(back.bundles).toEqual(model.bundles)
    expect(model.bundles.counts.length).toBeGreaterThan(0)
    expect(back.users).toEqual(model.users)
    expect(back.upgrades).toEqual(model.upgrades)
    expect(back.catalog).toEqual(model.catalog)
    for (const cart of [['bread'], ['beer'], ['milk', 'butter'], []]) {
      const request = { id: 'q', cart, placement: 'cart' as const, limit: 4 }
      expect(recommend(back, request)).toEqual(recommend(model, request))
    }
    const followUp = {
      id: 'f',
      cart: [],
      customer: 'ann',
      placement: 'follow_up' as const,
      limit: 3,
    }
    expect(recommend(back, followUp)).toEqual(recommend(model, followUp))
  })

  it('round-trips learned upgrades, attach counts and upsell settings', () => {
    const shop = laptopModel()
    expect(shop.upgrades.items.length).toBeGreaterThan(0)
    expect(shop.catalog.attach.together.length).toBe(shop.catalog.relations.length)
    const back = deserializeModel(serializeModel(shop))
    expect(back.upgrades).toEqual(shop.upgrades)
    expect(back.catalog).toEqual(shop.catalog)
    expect(back.meta.params.upsell).toEqual({ minStep: 0.1, maxStep: 0.6, perItem: 10 })
    for (const placement of ['product', 'choices'] as const) {
      const request = { id: 'q', cart: ['L1'], placement, limit: 10 }
      expect(recommend(back, request)).toEqual(recommend(shop, request))
    }
  })

  it('reads a model whose bytes sit at an unaligned offset', () => {
    const bytes = serializeModel(model)
    const shifted = new Uint8Array(bytes.length + 3)
    shifted.set(bytes, 3)
    expect(deserializeModel(shifted.subarray(3)).skus).toEqual(model.skus)
  })

  it('reads from a byte array whose slice returns a view, as Node’s Buffer does', () => {
    class ViewSlicing extends Uint8Array {
      override slice(start?: number, end?: number): Uint8Array<ArrayBuffer> {
        return this.subarray(start, end) as Uint8Array<ArrayBuffer>
      }
    }
    const bytes = serializeModel(model)
    const pool = new ViewSlicing(bytes.length + 64)
    pool.set(bytes, 0)
    const back = deserializeModel(pool.subarray(0, bytes.length) as Uint8Array)
    expect(back.itemCounts).toEqual(model.itemCounts)
    expect(back.neighbours.items).toEqual(model.neighbours.items)
  })

  it('rejects files that are not models, and truncated ones, with a clear error', () => {
    const attempt = (bytes: Uint8Array): string => {
      try {
        deserializeModel(bytes)
        return 'no error'
      } catch (error) {
        expect(isUpcrossError(error)).toBe(true)
        return (error as Error).message
      }
    }
    expect(attempt(new TextEncoder().encode('order_id,sku\n1,a\n'))).toMatch(/UPX1 signature/)
    const bytes = serializeModel(model)
    expect(attempt(bytes.subarray(0, bytes.length - 8))).toMatch(/truncated/)
    const future = bytes.slice()
    new DataView(future.buffer).setUint32(4, 99, true)
    expect(attempt(future)).toMatch(/version 99 is not supported/)
    const hollow = new TextEncoder().encode('{"format":"upcross-model"}')
    const bare = new Uint8Array(16 + hollow.length)
    bare.set([0x55, 0x50, 0x58, 0x31], 0)
    new DataView(bare.buffer).setUint32(4, MODEL_VERSION, true)
    new DataView(bare.buffer).setUint32(8, hollow.length, true)
    bare.set(hollow, 12)
    expect(attempt(bare)).toMatch(/lacks the model fields/)
  })
})

describe('the order-sequence point a model was trained through', () => {
  it('is stamped when given and survives the file; absent otherwise', () => {
    const through = trainModel(sixOrders(), { orderSeq: 42 })
    expect(through.meta.orderSeq).toBe(42)
    expect(deserializeModel(serializeModel(through)).meta.orderSeq).toBe(42)
    const plain = trainModel(sixOrders())
    expect('orderSeq' in plain.meta).toBe(false)
    expect(deserializeModel(serializeModel(plain)).meta.orderSeq).toBeUndefined()
  })
})
