/**
 * Conformance of the tenant port: tenants, API keys by hash, revocation.
 * @module
 */
import { expect, it } from 'vitest'
import type { ApiKeyRecord, Tenant } from '../ports/tenant-store.js'
import { type CurrentStore, expectCode } from './conformance-support.js'

/** A tenant for tests. */
export function sampleTenant(id: string, createdAt = 1000): Tenant {
  return { id, name: `Shop ${id}`, currency: 'EUR', createdAt }
}

/** A key record for tests; its hash is derived from its id so that each one is distinct. */
export function sampleKey(id: string, storeId: string, createdAt = 2000): ApiKeyRecord {
  return {
    id,
    storeId,
    kind: 'secret',
    hash: `${id}`.padEnd(64, '0'),
    prefix: `upx_sk_${id}`,
    createdAt,
  }
}

/** Declares the tenant tests inside the conformance `describe`. */
export function tenantConformance(current: CurrentStore): void {
  it('tenants: creates, reads and lists tenants by id; refuses a repeated id', async () => {
    const store = current()
    expect(await store.listTenants()).toEqual([])
    expect(await store.getTenant('a')).toBeUndefined()
    const tenants = [sampleTenant('b'), sampleTenant('a', 5), sampleTenant('B'), sampleTenant('é')]
    for (const t of tenants) await store.createTenant(t)
    expect(await store.getTenant('a')).toEqual(sampleTenant('a', 5))
    expect((await store.listTenants()).map((t) => t.id)).toEqual(['B', 'a', 'b', 'é'])
    await expectCode(store.createTenant({ ...sampleTenant('a'), name: 'other' }), 'conflict')
    expect(await store.getTenant('a')).toEqual(sampleTenant('a', 5))
    expect(await store.listTenants()).toHaveLength(4)
  })

  it('tenants: stores keys, finds them by hash, lists them by creation time', async () => {
    const store = current()
    await store.createTenant(sampleTenant('s'))
    await store.createTenant(sampleTenant('t'))
    const k2 = { ...sampleKey('k2', 's', 10), kind: 'publishable' as const }
    const k1 = sampleKey('k1', 's', 20)
    const k0 = sampleKey('k0', 's', 20)
    const other = sampleKey('kt', 't', 1)
    for (const k of [k1, k2, k0, other]) await store.addKey(k)
    const found = await store.findKeyByHash(k2.hash)
    expect(found).toEqual(k2)
    expect(found).not.toHaveProperty('revokedAt')
    expect(await store.findKeyByHash('f'.repeat(64))).toBeUndefined()
    expect(await store.listKeys('s')).toEqual([k2, k0, k1])
    expect(await store.listKeys('t')).toEqual([other])
    expect(await store.listKeys('nobody')).toEqual([])
    const revoked = { ...sampleKey('kr', 't', 3), revokedAt: 4 }
    await store.addKey(revoked)
    expect(await store.findKeyByHash(revoked.hash)).toEqual(revoked)
  })

  it('tenants: refuses a key with a known id or hash, or for an unknown tenant', async () => {
    const store = current()
    await store.createTenant(sampleTenant('s'))
    await store.createTenant(sampleTenant('t'))
    await store.addKey(sampleKey('k', 's'))
    await expectCode(store.addKey({ ...sampleKey('k', 't'), hash: 'x'.repeat(64) }), 'conflict')
    await expectCode(
      store.addKey({ ...sampleKey('other', 't'), hash: sampleKey('k', 's').hash }),
      'conflict',
    )
    await expectCode(store.addKey(sampleKey('n', 'nobody')), 'not_found')
    expect(await store.listKeys('s')).toEqual([sampleKey('k', 's')])
    expect(await store.listKeys('t')).toEqual([])
    expect(await store.listKeys('nobody')).toEqual([])
  })

  it('tenants: revokes a key once; refuses an unknown key or another store’s key', async () => {
    const store = current()
    await store.createTenant(sampleTenant('s'))
    await store.createTenant(sampleTenant('t'))
    const key = sampleKey('k', 's')
    await store.addKey(key)
    await store.revokeKey('s', 'k', 5000)
    expect(await store.findKeyByHash(key.hash)).toEqual({ ...key, revokedAt: 5000 })
    await store.revokeKey('s', 'k', 9000)
    expect((await store.listKeys('s'))[0]?.revokedAt).toBe(5000)
    await expectCode(store.revokeKey('s', 'missing', 1), 'not_found')
    const kt = sampleKey('kt', 't')
    await store.addKey(kt)
    await expectCode(store.revokeKey('s', 'kt', 1), 'not_found')
    expect(await store.findKeyByHash(kt.hash)).toEqual(kt)
  })
}
