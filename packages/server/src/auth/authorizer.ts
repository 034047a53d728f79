/**
 * Decides whether a request may proceed: authentication (401), the store in the path (404), the
 * key's store (403) and the key's kind (403), in that order. Keys and tenants are cached for a
 * short time, so the usual request resolves without touching the store.
 * @module
 */
import type { ApiKeyRecord, Store, Tenant } from '@upcross/engine'
import { UpcrossError } from 'upcross'
import type { Access, Principal } from './access.js'
import { hashKey, sameHash } from './keys.js'
import { TtlCache } from './ttl-cache.js'

/** What the authorization of one request found. */
export interface Grant {
  principal: Principal
  tenant: Tenant | undefined
}

const MISSING = 'missing API key: send the header "Authorization: Bearer <key>"'
const UNKNOWN = 'unknown or revoked API key'

/** Checks credentials against the store, with short-lived caches of keys and tenants. */
export class Authorizer {
  readonly #store: Store
  readonly #adminHash: string | undefined
  readonly #keys: TtlCache<ApiKeyRecord | null>
  readonly #tenants: TtlCache<Tenant | null>
  /**
   * Lookups under way: when a busy key's entry expires, the requests arriving before the store
   * answers share one lookup instead of each asking the store.
   */
  readonly #pendingKeys = new Map<string, Promise<ApiKeyRecord | undefined>>()
  readonly #pendingTenants = new Map<string, Promise<Tenant | undefined>>()

  constructor(store: Store, adminToken: string | undefined, cacheMs: number, now: () => number) {
    this.#store = store
    this.#adminHash = adminToken === undefined ? undefined : hashKey(adminToken)
    this.#keys = new TtlCache(cacheMs, now)
    // A tenant never changes once created, but "no such store" may change any moment.
    this.#tenants = new TtlCache(cacheMs, now)
  }

  /**
   * The grant for a request, synchronously when everything needed is cached (the hot path),
   * else as a promise. Throws (or rejects with) `unauthorized`, `not_found` or `forbidden`.
   */
  authorize(
    access: Access,
    credentialHash: string | undefined,
    storeId: string | undefined,
  ): Grant | Promise<Grant> {
    if (credentialHash === undefined) throw new UpcrossError('unauthorized', MISSING)
    const admin = this.#adminHash !== undefined && sameHash(credentialHash, this.#adminHash)
    if (admin) return this.#grant(access, { kind: 'admin' }, storeId)
    const key = this.#keys.get(credentialHash)
    if (key === undefined)
      return shared(this.#pendingKeys, credentialHash, () =>
        this.#store.findKeyByHash(credentialHash).then((found) => {
          this.#keys.set(credentialHash, found ?? null)
          return found
        }),
      ).then((found) => this.#withKey(access, found, storeId))
    return this.#withKey(access, key, storeId)
  }

  /**
   * The grant when `authorize` can decide at once and lets the request proceed; otherwise
   * `undefined` (never a promise, never an error): the express lane's check, which leaves every
   * refusal to the full route. A lookup it has to start is shared with the route's own, which
   * follows right after.
   */
  cachedGrant(
    access: Access,
    credentialHash: string | undefined,
    storeId: string | undefined,
  ): Grant | undefined {
    try {
      const grant = this.authorize(access, credentialHash, storeId)
      if (!(grant instanceof Promise)) return grant
      grant.catch(() => undefined) // the route asks again and answers the refusal
    } catch {
      // refused: the route answers it
    }
    return undefined
  }

  #withKey(
    access: Access,
    key: ApiKeyRecord | null | undefined,
    storeId: string | undefined,
  ): Grant | Promise<Grant> {
    if (!key || key.revokedAt !== undefined) throw new UpcrossError('unauthorized', UNKNOWN)
    return this.#grant(access, { kind: 'key', key }, storeId)
  }

  #grant(
    access: Access,
    principal: Principal,
    storeId: string | undefined,
  ): Grant | Promise<Grant> {
    if (access === 'admin' || storeId === undefined) {
      if (principal.kind !== 'admin')
        throw new UpcrossError('forbidden', 'only the deployment admin token may do this')
      return { principal, tenant: undefined }
    }
    const tenant = this.#tenants.get(storeId)
    if (tenant === undefined)
      return shared(this.#pendingTenants, storeId, () =>
        this.#store.getTenant(storeId).then((found) => {
          if (found) this.#tenants.set(storeId, found)
          return found
        }),
      ).then((found) => this.#check(access, principal, storeId, found))
    return this.#check(access, principal, storeId, tenant)
  }

  #check(
    access: Access,
    principal: Principal,
    storeId: string,
    tenant: Tenant | null | undefined,
  ): Grant {
    if (!tenant) throw new UpcrossError('not_found', `no store "${storeId}"`)
    if (principal.kind === 'key') {
      if (principal.key.storeId !== storeId)
        throw new UpcrossError('forbidden', `this key belongs to another store, not "${storeId}"`)
      if (access === 'store_secret' && principal.key.kind !== 'secret')
        throw new UpcrossError(
          'forbidden',
          'a publishable key may only request offers and send events; use a secret key',
        )
    }
    return { principal, tenant }
  }

  /** Forgets a key after this instance revoked it (other instances see it within the TTL). */
  forgetKey(hash: string): void {
    this.#keys.delete(hash)
  }
}

/** The lookup of `key` under way, or a new one (forgotten once it settles). */
function shared<T>(pending: Map<string, Promise<T>>, key: string, lookup: () => Promise<T>) {
  let p = pending.get(key)
  if (p === undefined) {
    p = lookup().finally(() => pending.delete(key))
    pending.set(key, p)
  }
  return p
}
