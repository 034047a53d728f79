/**
 * API keys of a store: issued (shown once), listed (never the key, only its first characters)
 * and revoked.
 * @module
 */
import type { ApiKeyRecord } from '@upcross/engine'
import { Type } from 'typebox'
import { UpcrossError } from 'upcross'
import { generateApiKey } from '../auth/keys.js'
import { errorResponses, IsoTime, isoOf, StoreIdSchema } from '../schemas/common.js'
import type { App, Services } from '../services.js'

const KeyKindSchema = Type.Enum(['publishable', 'secret'], {
  description: 'publishable: storefront (offers, events); secret: everything in the store',
})

const KeySchema = Type.Object({
  id: Type.String(),
  kind: KeyKindSchema,
  prefix: Type.String({ description: 'the first characters of the key, to tell keys apart' }),
  createdAt: IsoTime,
  revokedAt: Type.Optional(IsoTime),
})

const NewKeySchema = Type.Object({
  id: Type.String(),
  kind: KeyKindSchema,
  key: Type.String({ description: 'the key itself: shown only in this answer, store it now' }),
  prefix: Type.String(),
  createdAt: IsoTime,
})

const Params = Type.Object({ storeId: StoreIdSchema })
const KeyParams = Type.Object({ storeId: StoreIdSchema, keyId: Type.String({ maxLength: 100 }) })

function keyView(k: ApiKeyRecord): {
  id: string
  kind: ApiKeyRecord['kind']
  prefix: string
  createdAt: string
  revokedAt?: string
} {
  const view = { id: k.id, kind: k.kind, prefix: k.prefix, createdAt: isoOf(k.createdAt) }
  return k.revokedAt === undefined ? view : { ...view, revokedAt: isoOf(k.revokedAt) }
}

/** `POST|GET /v1/stores/:storeId/keys`, `DELETE /v1/stores/:storeId/keys/:keyId`. */
export function keyRoutes(app: App, { store, clock, authorizer }: Services): void {
  app.post(
    '/v1/stores/:storeId/keys',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['keys'],
        summary: 'Issue an API key (admin token or a secret key of the store)',
        description: 'The answer holds the key itself, once; only its SHA-256 is stored.',
        params: Params,
        body: Type.Object({ kind: KeyKindSchema }, { additionalProperties: false }),
        response: { 201: NewKeySchema, ...errorResponses(400, 401, 403, 404, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { key, record } = generateApiKey(request.params.storeId, request.body.kind, clock())
      await store.addKey(record)
      const { id, kind, prefix } = record
      return reply.status(201).send({ id, kind, key, prefix, createdAt: isoOf(record.createdAt) })
    },
  )

  app.get(
    '/v1/stores/:storeId/keys',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['keys'],
        summary: "The store's keys (without the keys themselves)",
        params: Params,
        response: {
          200: Type.Object({ keys: Type.Array(KeySchema) }),
          ...errorResponses(400, 401, 403, 404, 429),
        },
      },
    },
    async (request) => ({ keys: (await store.listKeys(request.params.storeId)).map(keyView) }),
  )

  app.delete(
    '/v1/stores/:storeId/keys/:keyId',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['keys'],
        summary: 'Revoke a key (other instances stop accepting it within a second)',
        params: KeyParams,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      const { storeId, keyId } = request.params
      const record = (await store.listKeys(storeId)).find((k) => k.id === keyId)
      if (!record) throw new UpcrossError('not_found', `store "${storeId}" has no key "${keyId}"`)
      await store.revokeKey(storeId, keyId, clock())
      authorizer.forgetKey(record.hash)
      return reply.status(204).send(null)
    },
  )
}
