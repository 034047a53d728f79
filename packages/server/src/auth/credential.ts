/**
 * Reads the bearer token of a request once, keeping only its hash (the rate limiter and the
 * authorization hook both key on it; the token itself goes no further).
 * @module
 */
import type { FastifyInstance } from 'fastify'
import { CORS_HEADERS } from './cors.js'
import type { CredentialHasher } from './credential-hasher.js'

/**
 * Adds `request.credentialHash` (and the other auth fields) to every request, and the CORS
 * header to the storefront routes' answers.
 */
export function installCredentialHook(app: FastifyInstance, hasher: CredentialHasher): void {
  app.decorateRequest('credentialHash', undefined)
  app.decorateRequest('principal', undefined)
  app.decorateRequest('tenant', undefined)
  app.addHook('onRequest', (request, reply, done) => {
    // Set first, so that a refusal (401, 429) reaches the shop's page readable too.
    if (request.routeOptions.config.access === 'store') reply.headers(CORS_HEADERS)
    const header = request.headers.authorization
    if (header !== undefined) request.credentialHash = hasher.hashOf(header)
    done()
  })
}
