/**
 * Conformance of the event port: idempotent appends, all or none, filters and order.
 * @module
 */
import { expect, it } from 'vitest'
import type { EventKind, OfferEvent } from '../ports/event-store.js'
import { type CurrentStore, expectCode } from './conformance-support.js'

/** A bare event for tests: only id, kind and time. */
export function sampleEvent(id: string, at: number, kind: EventKind = 'impression'): OfferEvent {
  return { id, kind, at }
}

/** An event with every optional field set (zero, false and negative values included). */
const FULL: OfferEvent = {
  id: 'full',
  kind: 'refund',
  at: 1_700_000_000_123,
  sku: 'LAPTOP-1',
  offerId: 'offer-1',
  placement: 'cart',
  customer: 'c1',
  session: 'sess-1',
  orderId: 'o-1',
  quantity: 0,
  revenue: -1999,
  strategy: 'variant-b',
  holdout: false,
}

/** Events for the filter tests: two customers, sessions, skus and offers over six times. */
function filterFixture(): OfferEvent[] {
  return [
    {
      id: 'e1',
      kind: 'impression',
      at: 10,
      customer: 'c1',
      session: 's1',
      sku: 'A',
      offerId: 'o1',
    },
    { id: 'e2', kind: 'click', at: 20, customer: 'c1', session: 's1', sku: 'A', offerId: 'o1' },
    {
      id: 'e3',
      kind: 'impression',
      at: 20,
      customer: 'c2',
      session: 's2',
      sku: 'B',
      offerId: 'o2',
    },
    { id: 'e4', kind: 'purchase', at: 30, customer: 'c2', sku: 'B', orderId: 'x', revenue: 500 },
    { id: 'e5', kind: 'accept', at: 40, session: 's1', sku: 'A', offerId: 'o1' },
    { id: 'e6', kind: 'impression', at: 50 },
  ]
}

const ids = (events: readonly OfferEvent[]): string[] => events.map((e) => e.id)

/** Declares the event tests inside the conformance `describe`. */
export function eventConformance(current: CurrentStore): void {
  it('events: appends and lists them by time, then id, with every field kept', async () => {
    const store = current()
    expect(await store.listEvents('s')).toEqual([])
    const events = [
      sampleEvent('b', 20),
      FULL,
      sampleEvent('a', 20),
      sampleEvent('é', 5),
      sampleEvent('z', 5),
    ]
    expect(await store.appendEvents('s', events)).toEqual({ inserted: 5, duplicates: 0 })
    const listed = await store.listEvents('s')
    expect(ids(listed)).toEqual(['z', 'é', 'a', 'b', 'full'])
    expect(listed[4]).toEqual(FULL)
    expect(listed[0]).toEqual(sampleEvent('z', 5))
    for (const key of Object.keys(FULL).filter((k) => !['id', 'kind', 'at'].includes(k))) {
      expect(listed[0], `optional field ${key} must be omitted`).not.toHaveProperty(key)
    }
    expect(await store.appendEvents('s', [])).toEqual({ inserted: 0, duplicates: 0 })
  })

  it('events: keeps holdout true and a customer without session', async () => {
    const store = current()
    const e: OfferEvent = { id: 'h', kind: 'click', at: 1, holdout: true, customer: '' }
    await store.appendEvents('s', [e])
    expect(await store.listEvents('s')).toEqual([e])
  })

  it('events: is idempotent by id; the first of a repeated id wins', async () => {
    const store = current()
    await store.appendEvents('s', [sampleEvent('a', 1), sampleEvent('b', 2)])
    const again = [
      { ...sampleEvent('a', 99, 'click'), sku: 'X' },
      sampleEvent('c', 3),
      sampleEvent('c', 4, 'dismiss'),
    ]
    expect(await store.appendEvents('s', again)).toEqual({ inserted: 1, duplicates: 2 })
    expect(await store.listEvents('s')).toEqual([
      sampleEvent('a', 1),
      sampleEvent('b', 2),
      sampleEvent('c', 3),
    ])
  })

  it('events: the same id in two stores is two events', async () => {
    const store = current()
    expect(await store.appendEvents('A', [sampleEvent('same', 1)])).toEqual({
      inserted: 1,
      duplicates: 0,
    })
    expect(await store.appendEvents('B', [sampleEvent('same', 2, 'click')])).toEqual({
      inserted: 1,
      duplicates: 0,
    })
    expect(await store.listEvents('A')).toEqual([sampleEvent('same', 1)])
    expect(await store.listEvents('B')).toEqual([sampleEvent('same', 2, 'click')])
  })

  it('events: stores all or none — an invalid event late in a large batch stores nothing', async () => {
    const store = current()
    await store.appendEvents('s', [sampleEvent('kept', 1)])
    const many = Array.from({ length: 1300 }, (_, i) => sampleEvent(`m${i}`, 100 + i))
    const badKind = { ...sampleEvent('bad', 5), kind: 'teleport' as EventKind }
    await expectCode(store.appendEvents('s', [...many, badKind]), 'invalid_input')
    await expectCode(store.appendEvents('s', [...many, sampleEvent('t', 1.5)]), 'invalid_input')
    await expectCode(store.appendEvents('s', [...many, sampleEvent('', 1)]), 'invalid_input')
    const fraction = { ...sampleEvent('f', 1, 'purchase'), revenue: 9.99 }
    await expectCode(store.appendEvents('s', [...many, fraction]), 'invalid_input')
    expect(await store.listEvents('s')).toEqual([sampleEvent('kept', 1)])
    expect(await store.appendEvents('s', many)).toEqual({ inserted: 1300, duplicates: 0 })
    expect(await store.listEvents('s')).toHaveLength(1301)
  })

  it('events: filters by time range, kinds, customer, session, sku and offer', async () => {
    const store = current()
    await store.appendEvents('s', filterFixture())
    const list = async (q: Parameters<typeof store.listEvents>[1]) =>
      ids(await store.listEvents('s', q))
    expect(await list({})).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6'])
    expect(await list({ since: 20 })).toEqual(['e2', 'e3', 'e4', 'e5', 'e6'])
    expect(await list({ until: 30 })).toEqual(['e1', 'e2', 'e3'])
    expect(await list({ since: 20, until: 40 })).toEqual(['e2', 'e3', 'e4'])
    expect(await list({ since: 31, until: 40 })).toEqual([])
    expect(await list({ kinds: ['impression'] })).toEqual(['e1', 'e3', 'e6'])
    expect(await list({ kinds: ['click', 'purchase'] })).toEqual(['e2', 'e4'])
    expect(await list({ kinds: [] })).toEqual([])
    expect(await list({ customer: 'c1' })).toEqual(['e1', 'e2'])
    expect(await list({ session: 's1' })).toEqual(['e1', 'e2', 'e5'])
    expect(await list({ sku: 'B' })).toEqual(['e3', 'e4'])
    expect(await list({ offerId: 'o1' })).toEqual(['e1', 'e2', 'e5'])
    expect(await list({ customer: 'nobody' })).toEqual([])
    expect(await list({ sku: 'A', kinds: ['impression', 'accept'], since: 5, until: 41 })).toEqual([
      'e1',
      'e5',
    ])
    expect(await list({ session: 's1', customer: 'c1', offerId: 'o1', kinds: ['click'] })).toEqual([
      'e2',
    ])
  })

  it('events: limits to the earliest events', async () => {
    const store = current()
    await store.appendEvents('s', filterFixture())
    expect(ids(await store.listEvents('s', { limit: 3 }))).toEqual(['e1', 'e2', 'e3'])
    expect(ids(await store.listEvents('s', { limit: 2, since: 30 }))).toEqual(['e4', 'e5'])
    expect(ids(await store.listEvents('s', { limit: 2, kinds: ['impression'] }))).toEqual([
      'e1',
      'e3',
    ])
    expect(await store.listEvents('s', { limit: 0 })).toEqual([])
    expect(await store.listEvents('s', { limit: 100 })).toHaveLength(6)
  })
}
