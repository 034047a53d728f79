/**
 * `/health` (the process answers) and `/ready` (the store answers too), for load balancers and
 * orchestrators; neither needs a key, neither reveals anything about the stores.
 * @module
 */
import { Type } from 'typebox'
import { UpcrossError } from 'upcross'
import type { App, Services } from '../services.js'

/** `GET /health`, `GET /ready`. */
export function healthRoutes(app: App, { store }: Services): void {
  app.get(
    '/health',
    {
      config: { access: 'public', rateLimit: false },
      schema: {
        tags: ['health'],
        summary: 'The process is up',
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  )

  app.get(
    '/ready',
    {
      config: { access: 'public', rateLimit: false },
      schema: {
        tags: ['health'],
        summary: 'The process is up and its store answers',
        response: {
          200: Type.Object({ status: Type.Literal('ready') }),
          503: Type.Ref('ErrorBody'),
        },
      },
    },
    async () => {
      try {
        await store.getTenant('ready-probe')
      } catch (error) {
        throw new UpcrossError('unavailable', 'the store does not answer', { cause: error })
      }
      return { status: 'ready' as const }
    },
  )
}
