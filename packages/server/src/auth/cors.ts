/**
 * Cross-origin access for the storefront routes (offers, events): a shop's pages call them from
 * the shop's own domain with the publishable key, which is public by design and no cookie is
 * involved, so any origin may. Every other route stays same-origin.
 * @module
 */
import type { FastifyInstance } from 'fastify'

/** The answer headers of a storefront route, errors included (the page must see why). */
export const CORS_HEADERS = { 'access-control-allow-origin': '*' } as const

/** Answers the browser's preflight for `paths` (no key: browsers send none with it). */
export function storefrontPreflight(app: FastifyInstance, paths: readonly string[]): void {
  for (const path of paths)
    app.options(
      path,
      { config: { access: 'public', rateLimit: false }, schema: { hide: true } },
      (_request, reply) =>
        reply
          .status(204)
          .headers({
            ...CORS_HEADERS,
            'access-control-allow-methods': 'GET, POST',
            'access-control-allow-headers': 'authorization, content-type',
            'access-control-max-age': '86400',
          })
          .send(),
    )
}
