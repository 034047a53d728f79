/**
 * The tenant port in memory: tenants by id, API keys by id and by hash.
 * @module
 */
import { UpcrossError } from 'upcross'
import type { ApiKeyRecord, Tenant, TenantStore } from '../ports/tenant-store.js'
import { compareCodePoints } from '../stored-form.js'

function copyKey(key: ApiKeyRecord): ApiKeyRecord {
  const out: ApiKeyRecord = {
    id: key.id,
    storeId: key.storeId,
    kind: key.kind,
    hash: key.hash,
    prefix: key.prefix,
    createdAt: key.createdAt,
  }
  if (key.revokedAt !== undefined) out.revokedAt = key.revokedAt
  return out
}

/** Creates the tenant port over fresh maps; `check` runs first in every method. */
export function createMemoryTenants(check: () => void): TenantStore {
  const tenants = new Map<string, Tenant>()
  const keys = new Map<string, ApiKeyRecord>()
  const keyIdByHash = new Map<string, string>()
  return {
    async createTenant(tenant) {
      check()
      if (tenants.has(tenant.id)) {
        throw new UpcrossError('conflict', `tenant ${tenant.id} exists`)
      }
      const { id, name, currency, createdAt } = tenant
      tenants.set(id, { id, name, currency, createdAt })
    },
    async getTenant(id) {
      check()
      const t = tenants.get(id)
      return t && { ...t }
    },
    async listTenants() {
      check()
      return [...tenants.values()]
        .sort((a, b) => compareCodePoints(a.id, b.id))
        .map((t) => ({ ...t }))
    },
    async addKey(key) {
      check()
      if (!tenants.has(key.storeId)) {
        throw new UpcrossError('not_found', `tenant ${key.storeId} does not exist`)
      }
      if (keys.has(key.id)) throw new UpcrossError('conflict', `key ${key.id} exists`)
      if (keyIdByHash.has(key.hash))
        throw new UpcrossError('conflict', 'a key with this hash exists')
      keys.set(key.id, copyKey(key))
      keyIdByHash.set(key.hash, key.id)
    },
    async findKeyByHash(hash) {
      check()
      const id = keyIdByHash.get(hash)
      const key = id === undefined ? undefined : keys.get(id)
      return key && copyKey(key)
    },
    async listKeys(storeId) {
      check()
      return [...keys.values()]
        .filter((k) => k.storeId === storeId)
        .sort((a, b) => a.createdAt - b.createdAt || compareCodePoints(a.id, b.id))
        .map(copyKey)
    },
    async revokeKey(storeId, keyId, at) {
      check()
      const key = keys.get(keyId)
      if (!key || key.storeId !== storeId) {
        throw new UpcrossError('not_found', `store ${storeId} has no key ${keyId}`)
      }
      if (key.revokedAt === undefined) key.revokedAt = at
    },
  }
}
