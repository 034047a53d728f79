/**
 * Stores (tenants): created and listed by the deployment admin; each store's own summary for its
 * secret key.
 * @module
 */
import type { Tenant } from '@upcross/engine'
import { Type } from 'typebox'
import { errorResponses, IsoTime, isoOf, StoreIdSchema, StoreParams } from '../schemas/common.js'
import type { App, Services } from '../services.js'

const StoreSchema = Type.Object({
  id: StoreIdSchema,
  name: Type.String(),
  currency: Type.String({ description: 'ISO 4217 code of the store currency' }),
  createdAt: IsoTime,
})

const CreateStoreBody = Type.Object(
  {
    id: StoreIdSchema,
    name: Type.Optional(Type.String({ maxLength: 200, description: 'defaults to the id' })),
    currency: Type.Optional(
      Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code; default USD' }),
    ),
  },
  { additionalProperties: false },
)

const StoreSummary = Type.Object({
  store: StoreSchema,
  products: Type.Integer(),
  orders: Type.Integer(),
  modelVersion: Type.Integer({ description: '0 while no model was trained' }),
})

/** A tenant as the API shows it. */
export function storeView(t: Tenant): {
  id: string
  name: string
  currency: string
  createdAt: string
} {
  return { id: t.id, name: t.name, currency: t.currency, createdAt: isoOf(t.createdAt) }
}

/** `POST /v1/stores`, `GET /v1/stores`, `GET /v1/stores/:storeId`. */
export function storeRoutes(app: App, { store, clock }: Services): void {
  app.post(
    '/v1/stores',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['stores'],
        summary: 'Create a store (deployment admin token)',
        body: CreateStoreBody,
        response: { 201: StoreSchema, ...errorResponses(400, 401, 403, 409, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { id, name, currency } = request.body
      const tenant: Tenant = {
        id,
        name: name ?? id,
        currency: currency ?? 'USD',
        createdAt: clock(),
      }
      await store.createTenant(tenant)
      return reply.status(201).send(storeView(tenant))
    },
  )

  app.get(
    '/v1/stores',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['stores'],
        summary: 'List the stores (deployment admin token)',
        response: {
          200: Type.Object({ stores: Type.Array(StoreSchema) }),
          ...errorResponses(401, 403, 429),
        },
      },
    },
    async () => ({ stores: (await store.listTenants()).map(storeView) }),
  )

  app.get(
    '/v1/stores/:storeId',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['stores'],
        summary: "The store's summary: catalog and order counts, model version",
        params: StoreParams,
        response: { 200: StoreSummary, ...errorResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request) => {
      const id = request.params.storeId
      const [products, orders, modelVersion] = await Promise.all([
        store.countProducts(id),
        store.countOrders(id),
        store.latestModelVersion(id),
      ])
      return { store: storeView(request.tenant!), products, orders, modelVersion }
    },
  )
}
