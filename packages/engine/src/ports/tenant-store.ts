/**
 * The tenant port: the stores (tenants) of one deployment and their API keys.
 * @module
 */

/** One store served by this deployment. */
export interface Tenant {
  /** Stable id used as `storeId` by every other port. */
  id: string
  name: string
  /** ISO 4217 code of the store's prices (minor units everywhere). */
  currency: string
  /** Epoch ms. */
  createdAt: number
}

/**
 * `publishable`: the storefront key (read offers, send events, nothing else);
 * `secret`: the admin key (everything within its store).
 */
export type KeyKind = 'publishable' | 'secret'

/** A stored API key: only its hash is kept, never the key itself. */
export interface ApiKeyRecord {
  id: string
  storeId: string
  kind: KeyKind
  /** Hex SHA-256 of the key (keys are 32 random bytes, so a fast hash is enough). */
  hash: string
  /** The first characters of the key, to tell keys apart in lists (`upx_pk_3f9a…`). */
  prefix: string
  createdAt: number
  /** Epoch ms when revoked; absent while the key works. */
  revokedAt?: number
}

/** Reads and writes tenants and their keys. */
export interface TenantStore {
  /** Creates a tenant; throws `UpcrossError('conflict')` when its id exists. */
  createTenant(tenant: Tenant): Promise<void>
  /** The tenant with this id, or `undefined`. */
  getTenant(id: string): Promise<Tenant | undefined>
  /** Every tenant, ordered by id (code point order). */
  listTenants(): Promise<Tenant[]>
  /**
   * Stores a key record; throws `conflict` when its id or hash exists (in any store), and
   * `not_found` when its store is not a tenant. `revokedAt` is stored when given.
   */
  addKey(key: ApiKeyRecord): Promise<void>
  /** The key with this hash in any store, revoked or not (the caller checks `revokedAt`). */
  findKeyByHash(hash: string): Promise<ApiKeyRecord | undefined>
  /** The store's keys ordered by creation time, then id. */
  listKeys(storeId: string): Promise<ApiKeyRecord[]>
  /**
   * Marks a key revoked at `at`; revoking it again keeps the first time. Throws `not_found`
   * when the store has no such key (a key of another store included).
   */
  revokeKey(storeId: string, keyId: string, at: number): Promise<void>
}
