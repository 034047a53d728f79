/**
 * The merchant dashboard (`apps/dashboard`, built by Vite to static files) at `/dashboard/`, on
 * the API's own origin so it needs no CORS: it signs in with a store's secret key and calls the
 * API like any client. Public files only; every API call it makes is authenticated as usual.
 * @module
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { UpcrossError } from 'upcross'

/** Where the built dashboard is. */
export interface DashboardOptions {
  /** Default: `apps/dashboard/dist` of this repository. */
  dir?: string
}

/** The built dashboard of this repository. */
export const DEFAULT_DASHBOARD_DIR = fileURLToPath(
  new URL('../../../../apps/dashboard/dist', import.meta.url),
)

// The dashboard loads scripts and styles from itself and talks to this origin only; ECharts
// draws SVG with inline styles.
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
}

/** Registers the dashboard's routes (a fastify plugin: `app.register(dashboardRoutes, options)`). */
export async function dashboardRoutes(
  app: FastifyInstance,
  options: DashboardOptions = {},
): Promise<void> {
  const root = options.dir ?? DEFAULT_DASHBOARD_DIR
  app.get('/dashboard', { schema: { hide: true } }, (_request, reply) =>
    reply.redirect('/dashboard/', 301),
  )
  if (!existsSync(join(root, 'index.html'))) {
    app.get('/dashboard/*', { schema: { hide: true } }, async () => {
      throw new UpcrossError(
        'not_found',
        'the dashboard is not built: run `npm run build -w apps/dashboard`, then reload',
      )
    })
    return
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/dashboard/',
    // Another plugin (the demo store) may own reply.sendFile; this one never needs it.
    decorateReply: false,
    cacheControl: false,
    setHeaders(reply, path) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value)
      // File names under assets/ carry a content hash; index.html must be fetched fresh.
      reply.header(
        'cache-control',
        path.includes(`${join('dist', 'assets')}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      )
    },
  })
}
