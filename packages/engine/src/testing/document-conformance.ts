/**
 * Conformance of the document port: JSON values, versions and optimistic concurrency.
 * @module
 */
import { expect, it } from 'vitest'
import { type CurrentStore, expectCode } from './conformance-support.js'

const RULES = {
  rules: [{ when: { sku: 'A' }, offer: ['B', 'C'], boost: 1.5 }],
  enabled: true,
  note: 'ünïcode “quotes” \\ and \n newline',
  nothing: null,
  nested: { deep: { list: [1, -2, 0.25, 'x', false] } },
}

/** Declares the document tests inside the conformance `describe`. */
export function documentConformance(current: CurrentStore): void {
  it('documents: writes version 1, then +1 per write, and lists them by name', async () => {
    const store = current()
    expect(await store.getDocument('s', 'rules')).toBeUndefined()
    expect(await store.listDocuments('s')).toEqual([])
    const first = await store.putDocument('s', 'rules', RULES, 100)
    expect(first).toEqual({ name: 'rules', value: RULES, version: 1, updatedAt: 100 })
    expect(await store.getDocument('s', 'rules')).toEqual(first)
    const second = await store.putDocument('s', 'rules', { rules: [] }, 200)
    expect(second).toEqual({ name: 'rules', value: { rules: [] }, version: 2, updatedAt: 200 })
    await store.putDocument('s', 'bundles', [1, 2, 3], 300)
    await store.putDocument('s', 'Zeta', 'text', 400)
    await store.putDocument('s', 'placements', 42, 500)
    const listed = await store.listDocuments('s')
    expect(listed.map((d) => d.name)).toEqual(['Zeta', 'bundles', 'placements', 'rules'])
    expect(listed).toContainEqual({ name: 'bundles', value: [1, 2, 3], version: 1, updatedAt: 300 })
    expect(listed).toContainEqual({ name: 'placements', value: 42, version: 1, updatedAt: 500 })
    expect(listed[3]).toEqual(second)
  })

  it('documents: stores a copy of the value as JSON', async () => {
    const store = current()
    const value = { list: [1, 2], at: undefined as unknown, keep: 'yes' }
    await store.putDocument('s', 'd', value, 1)
    value.list.push(3)
    const got = await store.getDocument('s', 'd')
    expect(got?.value).toEqual({ list: [1, 2], keep: 'yes' })
    expect(got?.value).not.toHaveProperty('at')
    const list = (got?.value as { list?: number[] } | undefined)?.list
    list?.push(9)
    expect((await store.getDocument('s', 'd'))?.value).toEqual({ list: [1, 2], keep: 'yes' })
    await expectCode(store.putDocument('s', 'u', undefined, 1), 'invalid_input')
    expect(await store.getDocument('s', 'u')).toBeUndefined()
    expect((await store.putDocument('s', 'n', null, 1)).value).toBeNull()
  })

  it('documents: expectedVersion 0 creates only; a stale version is a conflict', async () => {
    const store = current()
    const created = await store.putDocument('s', 'd', { v: 1 }, 10, 0)
    expect(created.version).toBe(1)
    await expectCode(store.putDocument('s', 'd', { v: 'again' }, 11, 0), 'conflict')
    expect(await store.getDocument('s', 'd')).toEqual(created)
    expect((await store.putDocument('s', 'd', { v: 2 }, 12, 1)).version).toBe(2)
    await expectCode(store.putDocument('s', 'd', { v: 'stale' }, 13, 1), 'conflict')
    await expectCode(store.putDocument('s', 'd', { v: 'future' }, 13, 3), 'conflict')
    await expectCode(store.putDocument('s', 'missing', { v: 1 }, 13, 1), 'conflict')
    expect(await store.getDocument('s', 'missing')).toBeUndefined()
    expect(await store.getDocument('s', 'd')).toEqual({
      name: 'd',
      value: { v: 2 },
      version: 2,
      updatedAt: 12,
    })
    expect((await store.putDocument('s', 'd', { v: 3 }, 14)).version).toBe(3)
  })

  it('documents: concurrent writes with the same expected version — exactly one wins', async () => {
    const store = current()
    await store.putDocument('s', 'd', 0, 1)
    const outcomes = await Promise.allSettled(
      [1, 2, 3, 4].map((i) => store.putDocument('s', 'd', i, 10 + i, 1)),
    )
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
    for (const o of outcomes) {
      if (o.status === 'rejected') expect((o.reason as { code?: string }).code).toBe('conflict')
    }
    expect((await store.getDocument('s', 'd'))?.version).toBe(2)
    const blind = await Promise.all([5, 6, 7].map((i) => store.putDocument('s', 'd', i, i)))
    expect(blind.map((d) => d.version).sort()).toEqual([3, 4, 5])
  })
}
