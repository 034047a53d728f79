import { afterEach, describe, expect, it } from 'vitest'
import { type Fixture, fixture } from '../test-support/fixture.js'

let f: Fixture
afterEach(async () => {
  await f.close()
})

describe('POST /v1/stores/:storeId/events', () => {
  it('records new events once, reports duplicates and invalid events by path', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const headers = f.auth(keys.publishable)
    const events = [
      {
        id: 'e1',
        kind: 'impression',
        offerId: 'r1.0',
        sku: 'A',
        placement: 'cart',
        session: 's1',
        at: '2024-03-01T11:00:00Z',
      },
      { id: 'e2', kind: 'accept', offerId: 'r1.0', sku: 'A' },
      { id: 'e3', kind: 'purchase', sku: 'A', orderId: 'o1', quantity: 2, revenue: '25.00' },
      { id: 'e1', kind: 'impression', offerId: 'r1.0' },
      { id: 'e4', kind: 'click' },
      { id: 'e5', kind: 'refund', sku: 'A', orderId: 'o1', revenue: -1, at: 'yesterday' },
    ]
    const r = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/events',
      headers,
      payload: { events },
    })
    expect(r.statusCode).toBe(200)
    const report = r.json()
    expect(report).toMatchObject({ received: 6, inserted: 3, duplicates: 1, rejected: 2 })
    expect(report.issues.map((i: { path: unknown[] }) => i.path)).toEqual([
      ['events', 4, 'offerId'],
      ['events', 5, 'at'],
      ['events', 5, 'revenue'],
    ])
    const again = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/events',
      headers,
      payload: { events: events.slice(0, 3) },
    })
    expect(again.json()).toMatchObject({ inserted: 0, duplicates: 3 })
    const stored = await f.store.listEvents('shop')
    expect(stored.map((e) => e.id).sort()).toEqual(['e1', 'e2', 'e3'])
    expect(stored.find((e) => e.id === 'e3')).toMatchObject({ revenue: 2500, quantity: 2 })
    expect(stored.find((e) => e.id === 'e1')!.at).toBe(Date.UTC(2024, 2, 1, 11))
  })

  it('takes 1 to 1000 events per request', async () => {
    f = fixture()
    const keys = await f.createStore('shop')
    const headers = f.auth(keys.publishable)
    const none = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/events',
      headers,
      payload: { events: [] },
    })
    expect(none.statusCode).toBe(400)
    const many = Array.from({ length: 1001 }, (_, i) => ({
      id: `e${i}`,
      kind: 'impression',
      offerId: 'r.0',
    }))
    const tooMany = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/events',
      headers,
      payload: { events: many },
    })
    expect(tooMany.statusCode).toBe(400)
    expect(tooMany.json().error.message).toBe('events must not have more than 1000 items')
    const wrongKind = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/shop/events',
      headers,
      payload: { events: [{ id: 'x', kind: 'view' }] },
    })
    expect(wrongKind.json().error.issues[0]).toMatchObject({
      path: ['events', 0, 'kind'],
      code: 'invalid_enum',
    })
  })
})
