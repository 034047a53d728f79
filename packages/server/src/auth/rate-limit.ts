/**
 * The per-key rate limit on every route that does not opt out (`config.rateLimit: false`),
 * before authorization: refused and unauthorised requests count too.
 * @module
 */
import type { IncomingMessage } from 'node:http'
import type { FastifyInstance } from 'fastify'
import { ADDRESS_KEY_PREFIX } from './rate-limit-sharing.js'
import { type RateLimiter, windowText } from './rate-limiter.js'

/**
 * Set on a raw request that the express lane already counted (milliseconds to wait, 0 when
 * allowed) before handing it to fastify, so one request is never counted twice.
 */
export const LIMIT_VERDICT = Symbol('upcross.rateLimitVerdict')

/** A raw request that may carry the lane's verdict. */
export type CountedRequest = IncomingMessage & { [LIMIT_VERDICT]?: number }

/** The refusal, thrown so that it reaches the one error handler (429 `rate_limited`). */
export function rateLimitError(limiter: RateLimiter): Error {
  return Object.assign(
    new Error(
      `rate limit exceeded: at most ${limiter.max} requests per ${windowText(limiter.windowMs)} for this key; retry later`,
    ),
    { statusCode: 429 },
  )
}

/** Counts each request against its key (the credential hash, else the client address). */
export function installRateLimit(app: FastifyInstance, limiter: RateLimiter): void {
  app.addHook('onRequest', (request, reply, done) => {
    if (request.routeOptions.config.rateLimit === false) return done()
    const raw = request.raw as CountedRequest
    const wait =
      raw[LIMIT_VERDICT] ??
      limiter.take(request.credentialHash ?? `${ADDRESS_KEY_PREFIX}${request.ip}`)
    if (wait === 0) return done()
    reply.header('retry-after', String(Math.ceil(wait / 1000)))
    done(rateLimitError(limiter))
  })
}
