import { afterEach, describe, expect, it } from 'vitest'
import { type Fixture, fixture } from '../test-support/fixture.js'
import { sampleOrders } from '../test-support/sample-data.js'

let f: Fixture
afterEach(async () => {
  await f.close()
})

describe('catalog ingestion', () => {
  it('stores the valid products of a batch and reports each invalid one by path', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const headers = f.auth(keys.secret)
    const r = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/products',
      headers,
      payload: {
        products: [
          { sku: 'A', title: 'Apple', price: '1.20', relations: { tier: 'good:1' } },
          { sku: 'B', price: -3 },
          { sku: 'C', price: 2, stock: 5, tags: ['fruit'], relations: { accessory_of: ['C'] } },
          { sku: 'D', cost: '0.50', relations: { addon_for: ['A'] } },
        ],
      },
    })
    expect(r.statusCode).toBe(200)
    const report = r.json()
    expect(report).toMatchObject({ received: 4, inserted: 2, updated: 0, rejected: 2 })
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'invalid_price', path: ['products', 1, 'price'] }),
      expect.objectContaining({
        code: 'self_relation',
        path: ['products', 2, 'relations', 'accessory_of'],
      }),
    ])
    expect(report.issues[0].message).toBe(
      'product "B": price must be a non-negative decimal such as 12.50 (or empty when unknown); found "-3"',
    )
    const a = await f.app.inject({ url: '/v1/stores/shop/products/A', headers })
    expect(a.json()).toEqual({
      sku: 'A',
      title: 'Apple',
      category: '',
      price: 1.2,
      relations: { tier: ['good', '1'] },
    })
    expect((await f.app.inject({ url: '/v1/stores/shop/products/B', headers })).statusCode).toBe(
      404,
    )
  })

  it('upserts one product by SKU: 201 when new, 200 when replaced, 400 when invalid', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const headers = f.auth(keys.secret)
    const put = (payload: object) =>
      f.app.inject({ method: 'PUT', url: '/v1/stores/shop/products/X-1', headers, payload })
    expect((await put({ title: 'First', price: 10 })).statusCode).toBe(201)
    expect((await put({ title: 'Second', price: 11 })).json()).toEqual({
      sku: 'X-1',
      created: false,
    })
    const bad = await put({ price: 'ten' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.issues[0]).toMatchObject({ code: 'invalid_price', path: ['price'] })
    const kept = await f.app.inject({ url: '/v1/stores/shop/products/X-1', headers })
    expect(kept.json()).toMatchObject({ title: 'Second', price: 11 })
  })
})

describe('product list', () => {
  it('pages and searches by SKU or title, case-insensitive', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const headers = f.auth(keys.secret)
    const products = ['Red mug', 'Blue mug', 'Red plate'].map((title, i) => ({
      sku: `P${i}`,
      title,
    }))
    await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/products',
      headers,
      payload: { products },
    })
    const red = await f.app.inject({ url: '/v1/stores/shop/products?q=RED', headers })
    expect(red.json()).toMatchObject({ total: 2, products: [{ sku: 'P0' }, { sku: 'P2' }] })
    const page = await f.app.inject({ url: '/v1/stores/shop/products?limit=1&offset=1', headers })
    expect(page.json()).toMatchObject({ total: 3, products: [{ sku: 'P1', title: 'Blue mug' }] })
  })
})

describe('order ingestion', () => {
  it('is idempotent by order id: the same batch twice stores nothing twice', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const headers = f.auth(keys.secret)
    const orders = sampleOrders()
    const send = () =>
      f.app.inject({ method: 'POST', url: '/v1/stores/shop/orders', headers, payload: { orders } })
    const first = (await send()).json()
    expect(first).toMatchObject({
      received: 30,
      inserted: 30,
      duplicates: 0,
      rejected: 0,
      issues: [],
    })
    const second = (await send()).json()
    expect(second).toMatchObject({ received: 30, inserted: 0, duplicates: 30 })
    expect(second.duplicateIds).toHaveLength(30)
    expect((await f.app.inject({ url: '/v1/stores/shop', headers })).json().orders).toBe(30)
  })

  it('rejects an order with a malformed line whole, leaves out return lines, keeps the rest', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const headers = f.auth(keys.secret)
    const r = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/orders',
      headers,
      payload: {
        orders: [
          {
            id: 'ok',
            orderedAt: '2024-01-01T10:00:00Z',
            lines: [
              { sku: 'A', quantity: 1, unitPrice: 2.5 },
              { sku: 'B', quantity: -1 },
            ],
          },
          {
            id: 'bad-time',
            orderedAt: '2024-01-01 10:00',
            lines: [
              { sku: 'A', quantity: 1 },
              { sku: 'B', quantity: 1 },
            ],
          },
          {
            id: 'bad-line',
            orderedAt: '2024-01-01',
            lines: [{ sku: 'A', quantity: 1, unitPrice: 'x' }],
          },
          { id: 'only-returns', orderedAt: '2024-01-01', lines: [{ sku: 'A', quantity: -2 }] },
        ],
      },
    })
    expect(r.statusCode).toBe(200)
    const report = r.json()
    expect(report).toMatchObject({ received: 4, inserted: 1, rejected: 2, excludedLines: 2 })
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'invalid_time', path: ['orders', 1, 'orderedAt'] }),
      expect.objectContaining({
        code: 'invalid_price',
        path: ['orders', 2, 'lines', 0, 'unitPrice'],
      }),
    ])
    expect(report.issues[0].message).toMatch(
      /^order "bad-time": orderedAt must be an ISO-8601 time with a zone/,
    )
    expect(report.excluded[0]).toMatchObject({
      code: 'return_line',
      path: ['orders', 0, 'lines', 1, 'quantity'],
    })
  })

  it('adds one order by id, idempotently', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const headers = f.auth(keys.secret)
    const payload = {
      customer: 'c1',
      orderedAt: '2024-02-01T08:00:00+01:00',
      lines: [{ sku: 'A', quantity: 2 }],
    }
    const put = () =>
      f.app.inject({ method: 'PUT', url: '/v1/stores/shop/orders/o-9', headers, payload })
    expect((await put()).statusCode).toBe(201)
    const again = await put()
    expect(again.statusCode).toBe(200)
    expect(again.json()).toEqual({ id: 'o-9', created: false })
    const bad = await f.app.inject({
      method: 'PUT',
      url: '/v1/stores/shop/orders/o-10',
      headers,
      payload: { ...payload, lines: [] },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.issues[0]).toMatchObject({ path: ['lines'] })
  })
})
