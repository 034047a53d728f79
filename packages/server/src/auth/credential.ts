/**
 * Reads the bearer token of a request once (or the publishable `key` parameter of a route that
 * takes one), keeping only its hash: the rate limiter and the authorization hook both key on
 * it; the token itself goes no further.
 * @module
 */
import type { FastifyInstance } from 'fastify'
import { CORS_HEADERS } from './cors.js'
import type { CredentialHasher } from './credential-hasher.js'
import { credentialOf, QUERY_KEY } from './query-key.js'

/**
 * Adds `request.credentialHash` (and the other auth fields) to every request, and the CORS
 * header to the storefront routes' answers.
 */
export function installCredentialHook(app: FastifyInstance, hasher: CredentialHasher): void {
  app.decorateRequest('credentialHash', undefined)
  app.decorateRequest('principal', undefined)
  app.decorateRequest('tenant', undefined)
  app.addHook('onRequest', (request, reply, done) => {
    const config = request.routeOptions.config
    // Set first, so that a refusal (401, 429) reaches the shop's page readable too.
    if (config.access === 'store') reply.headers(CORS_HEADERS)
    const queryKey = config.queryKey
      ? (request.query as Record<string, unknown>)[QUERY_KEY]
      : undefined
    const credential = credentialOf(request.headers.authorization, queryKey)
    if (typeof credential === 'object') return done(credential)
    if (credential !== undefined) request.credentialHash = hasher.hashOf(credential)
    done()
  })
}
