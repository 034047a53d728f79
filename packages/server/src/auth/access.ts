/**
 * Who may call a route, declared once per route as `config.access`, and who is calling.
 * @module
 */
import type { ApiKeyRecord, Tenant } from '@upcross/engine'

/**
 * - `public`: anyone (health, docs);
 * - `admin`: the deployment admin token only (creating and listing stores);
 * - `store`: a publishable or secret key of the store in the path, or the admin token (offers,
 *   events);
 * - `store_secret`: a secret key of the store in the path, or the admin token (everything else).
 */
export type Access = 'public' | 'admin' | 'store' | 'store_secret'

/** The caller, once authenticated: the deployment admin, or one key of one store. */
export type Principal = { kind: 'admin' } | { kind: 'key'; key: ApiKeyRecord }

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route (see `Access`); routes without it are public. */
    access?: Access
    /** `false`: the route is not counted by the per-key rate limit (health, CORS preflight). */
    rateLimit?: false
    /** The route also takes a publishable key as the `key` query parameter (`query-key.ts`). */
    queryKey?: true
  }
  interface FastifyRequest {
    /** SHA-256 of the bearer token (or query key), when the request carried one. */
    credentialHash: string | undefined
    /** Set by the authorization hook on every non-public route. */
    principal: Principal | undefined
    /** The store in the path, set by the authorization hook on store routes. */
    tenant: Tenant | undefined
  }
}
