/**
 * Puts the authorization check in front of every route that declares `config.access`, before
 * its body is read (an unauthorised upload is refused without parsing it).
 * @module
 */
import type { FastifyInstance, onRequestHookHandler } from 'fastify'
import type { Authorizer, Grant } from './authorizer.js'

/**
 * Adds the check to routes registered after this call, after any hook already on them (the
 * rate limiter counts refused requests too).
 */
export function installAuthorization(app: FastifyInstance, authorizer: Authorizer): void {
  app.addHook('onRoute', (route) => {
    const access = route.config?.access
    if (access === undefined || access === 'public') return
    const hook: onRequestHookHandler = (request, _reply, done) => {
      const storeId = (request.params as { storeId?: string }).storeId
      const apply = (grant: Grant): void => {
        request.principal = grant.principal
        request.tenant = grant.tenant
      }
      let result: Grant | Promise<Grant>
      try {
        result = authorizer.authorize(access, request.credentialHash, storeId)
      } catch (error) {
        done(error as Error)
        return
      }
      if (result instanceof Promise)
        result.then(
          (grant) => {
            apply(grant)
            done()
          },
          (error: Error) => done(error),
        )
      else {
        apply(result)
        done()
      }
    }
    const existing = route.onRequest
    route.onRequest =
      existing === undefined
        ? [hook]
        : Array.isArray(existing)
          ? [...existing, hook]
          : [existing, hook]
  })
}
