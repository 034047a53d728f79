import { createMemoryStore } from '@upcross/engine'
import { describe, expect, it } from 'vitest'
import { Authorizer } from './authorizer.js'
import { generateApiKey } from './keys.js'

async function setup() {
  const store = createMemoryStore()
  await store.createTenant({ id: 'shop', name: 'shop', currency: 'EUR', createdAt: 0 })
  const { key, record } = generateApiKey('shop', 'publishable', 0)
  await store.addKey(record)
  const lookups = { keys: 0, tenants: 0 }
  const findKeyByHash = store.findKeyByHash.bind(store)
  const getTenant = store.getTenant.bind(store)
  store.findKeyByHash = (hash) => {
    lookups.keys++
    return findKeyByHash(hash)
  }
  store.getTenant = (id) => {
    lookups.tenants++
    return getTenant(id)
  }
  let now = 0
  const authorizer = new Authorizer(store, undefined, 1000, () => now)
  return { authorizer, hash: record.hash, key, lookups, tick: (ms: number) => (now += ms) }
}

describe('Authorizer', () => {
  it('asks the store once for requests that arrive together with an uncached key', async () => {
    const { authorizer, hash, lookups } = await setup()
    const grants = await Promise.all(
      Array.from({ length: 20 }, () => authorizer.authorize('store', hash, 'shop')),
    )
    expect(grants.every((g) => g.tenant?.id === 'shop')).toBe(true)
    expect(lookups).toEqual({ keys: 1, tenants: 1 })
  })

  it('grants from its cache only while the entries are fresh, and never refuses from it', async () => {
    const { authorizer, hash, lookups, tick } = await setup()
    expect(authorizer.cachedGrant('store', hash, 'shop')).toBeUndefined()
    await authorizer.authorize('store', hash, 'shop')
    expect(authorizer.cachedGrant('store', hash, 'shop')?.tenant?.id).toBe('shop')
    // a publishable key may not do secret things: the cache leaves the refusal to `authorize`
    expect(authorizer.cachedGrant('store_secret', hash, 'shop')).toBeUndefined()
    expect(() => authorizer.authorize('store_secret', hash, 'shop')).toThrow(/publishable key/)
    tick(1001)
    expect(authorizer.cachedGrant('store', hash, 'shop')).toBeUndefined()
    await authorizer.authorize('store', hash, 'shop')
    expect(lookups).toEqual({ keys: 2, tenants: 2 })
  })
})
