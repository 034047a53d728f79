/**
 * `GET|PUT /v1/stores/:storeId/config/:name`: the store's configuration documents, validated
 * before they are stored and versioned for optimistic concurrency (`ETag` / `If-Match`), so two
 * editors cannot overwrite each other unseen.
 * @module
 */
import type { StoredDocument } from '@upcross/engine'
import { Type } from 'typebox'
import { isUpcrossError, UpcrossError } from 'upcross'
import { DOCUMENT_NAMES, type DocumentName, VALIDATORS } from '../documents/validators.js'
import { BODY_ERRORS, errorResponses, IsoTime, isoOf, StoreIdSchema } from '../schemas/common.js'
import type { App, Services } from '../services.js'

const Params = Type.Object({ storeId: StoreIdSchema, name: Type.Enum([...DOCUMENT_NAMES]) })

const DocumentSchema = Type.Object({
  name: Type.String(),
  version: Type.Integer({ description: '1 for the first write, +1 per write; also the ETag' }),
  updatedAt: IsoTime,
  value: Type.Unknown(),
})

function view(d: StoredDocument) {
  return { name: d.name, version: d.version, updatedAt: isoOf(d.updatedAt), value: d.value }
}

/** `If-Match: "3"` → 3; `If-None-Match: *` → 0 (must not exist yet); neither → undefined. */
function expectedVersion(
  headers: Record<string, string | string[] | undefined>,
): number | undefined {
  const ifMatch = headers['if-match']
  if (typeof ifMatch === 'string') {
    const m = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(ifMatch)
    if (!m)
      throw new UpcrossError(
        'invalid_input',
        `If-Match must be a version such as "3"; found ${ifMatch}`,
      )
    return Number(m[1])
  }
  if (headers['if-none-match'] === '*') return 0
  return undefined
}

/** `GET|PUT /v1/stores/:storeId/config/:name`. */
export function documentRoutes(app: App, { store, clock, settings }: Services): void {
  app.get(
    '/v1/stores/:storeId/config/:name',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['configuration'],
        summary: 'Read a configuration document',
        params: Params,
        response: { 200: DocumentSchema, ...errorResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      const { storeId, name } = request.params
      const doc = await store.getDocument(storeId, name)
      if (!doc)
        throw new UpcrossError('not_found', `store "${storeId}" has no "${name}" document yet`)
      return reply.header('etag', `"${doc.version}"`).send(view(doc))
    },
  )

  app.put(
    '/v1/stores/:storeId/config/:name',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['configuration'],
        summary: 'Replace a configuration document (validated first)',
        description:
          'Send `If-Match: "<version>"` (the ETag of the last read) to refuse the write with 412 when someone else changed the document meanwhile, or `If-None-Match: *` to create it only if it does not exist.',
        params: Params,
        body: Type.Object({ value: Type.Unknown() }, { additionalProperties: false }),
        response: { 200: DocumentSchema, ...errorResponses(...BODY_ERRORS, 412) },
      },
    },
    async (request, reply) => {
      const { storeId, name } = request.params
      const value = (request.body as { value: unknown }).value
      const checked = VALIDATORS[name as DocumentName](value)
      if (!checked.ok)
        throw new UpcrossError(
          'invalid_input',
          `invalid "${name}" document: ${checked.issues.map((i) => i.message).join('; ')}`,
          { issues: checked.issues.map((i) => ({ ...i, path: ['value', ...i.path] })) },
        )
      const expected = expectedVersion(request.headers)
      try {
        const doc = await store.putDocument(storeId, name, value, clock(), expected)
        settings.invalidate(storeId)
        return reply.header('etag', `"${doc.version}"`).send(view(doc))
      } catch (error) {
        if (expected !== undefined && isUpcrossError(error) && error.code === 'conflict')
          throw new UpcrossError(
            'precondition_failed',
            expected === 0
              ? `the "${name}" document exists already`
              : `the "${name}" document is no longer version ${expected}: read it again and retry`,
          )
        throw error
      }
    },
  )
}
