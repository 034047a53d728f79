/**
 * Catalog ingestion: a batch of products, or one product by SKU; upserted by SKU, so sending the
 * same product again changes nothing. Accepted products are committed before the answer.
 * @module
 */
import { importProducts } from '@upcross/engine'
import { type Static, Type } from 'typebox'
import { MINOR_PER_MAJOR, type Product, UpcrossError } from 'upcross'
import { apiIssue, IssueSchema } from '../errors/error-body.js'
import { ProductInput, type ProductInputValue, productOutcome } from '../ingest/json-products.js'
import { BODY_ERRORS, errorResponses, STORE_ERRORS, StoreIdSchema } from '../schemas/common.js'
import type { App, Services } from '../services.js'

/** Issues listed in one answer; the counts cover the rest. */
export const MAX_REPORTED_ISSUES = 1000

const SkuParams = Type.Object({
  storeId: StoreIdSchema,
  sku: Type.String({ minLength: 1, maxLength: 200 }),
})

const BatchReport = Type.Object({
  received: Type.Integer(),
  inserted: Type.Integer({ description: 'SKUs new to the store' }),
  updated: Type.Integer({ description: 'SKUs replaced (a repeat in the batch counts again)' }),
  rejected: Type.Integer({ description: 'products not stored; see issues' }),
  issues: Type.Array(IssueSchema),
})

const ProductView = Type.Object(
  {
    sku: Type.String(),
    title: Type.String(),
    category: Type.String(),
    price: Type.Union([Type.Number(), Type.Null()]),
    cost: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
    stock: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
    tags: Type.Optional(Type.Array(Type.String())),
    relations: Type.Optional(Type.Record(Type.String(), Type.Array(Type.String()))),
  },
  { additionalProperties: false },
)

const major = (minor: number | undefined): number | null =>
  minor === undefined ? null : minor / MINOR_PER_MAJOR

function productView(p: Product): Static<typeof ProductView> {
  const view: Static<typeof ProductView> = {
    sku: p.sku,
    title: p.title,
    category: p.category,
    price: major(p.price),
  }
  if (p.cost !== undefined) view.cost = major(p.cost)
  if (p.stock !== undefined) view.stock = p.stock
  if (p.tags !== undefined) view.tags = p.tags
  if (p.relations !== undefined) view.relations = p.relations as Record<string, string[]>
  return view
}

/** `POST /products` (batch), `PUT|GET /products/:sku`. */
export function productRoutes(app: App, { store }: Services): void {
  app.post(
    '/v1/stores/:storeId/products',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['catalog'],
        summary: 'Upsert a batch of products (by SKU)',
        description:
          'Valid products are stored (committed before the answer); each invalid one is reported in `issues` with its path, and the rest of the batch is kept.',
        params: Type.Object({ storeId: StoreIdSchema }),
        body: Type.Object(
          { products: Type.Array(ProductInput, { minItems: 1, maxItems: 10_000 }) },
          { additionalProperties: false },
        ),
        response: { 200: BatchReport, ...errorResponses(...BODY_ERRORS) },
      },
    },
    async (request) => {
      const { products } = request.body
      const outcomes = products.map((p, i) =>
        productOutcome(p as ProductInputValue, ['products', i]),
      )
      const report = await importProducts(store, request.params.storeId, outcomes, {
        maxIssues: MAX_REPORTED_ISSUES,
      })
      return {
        received: products.length,
        inserted: report.products.inserted,
        updated: report.products.updated,
        rejected: report.rejectedRows,
        issues: report.rejected.map(apiIssue),
      }
    },
  )

  app.put(
    '/v1/stores/:storeId/products/:sku',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['catalog'],
        summary: 'Create or replace one product',
        params: SkuParams,
        body: Type.Omit(ProductInput, ['sku']),
        response: {
          200: Type.Object({ sku: Type.String(), created: Type.Boolean() }),
          201: Type.Object({ sku: Type.String(), created: Type.Boolean() }),
          ...errorResponses(...BODY_ERRORS),
        },
      },
    },
    async (request, reply) => {
      const { storeId, sku } = request.params
      const outcome = productOutcome(
        { ...(request.body as Omit<ProductInputValue, 'sku'>), sku },
        [],
      )
      if (outcome.kind !== 'accept') {
        const issues = outcome.kind === 'reject' ? outcome.issues : [outcome.issue]
        throw new UpcrossError('invalid_input', issues.map((i) => i.message).join('; '), { issues })
      }
      const result = await store.transaction((tx) => tx.upsertProducts(storeId, [outcome.row]))
      const created = result.inserted === 1
      return reply.status(created ? 201 : 200).send({ sku, created })
    },
  )

  app.get(
    '/v1/stores/:storeId/products',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['catalog'],
        summary: 'List or search the products, by SKU',
        description:
          '`q` matches SKU or title, case-insensitive. Reads the whole catalog per request: meant for the dashboard, not for the storefront.',
        params: Type.Object({ storeId: StoreIdSchema }),
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ maxLength: 200 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
            offset: Type.Optional(Type.Integer({ minimum: 0 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ products: Type.Array(ProductView), total: Type.Integer() }),
          ...errorResponses(...STORE_ERRORS),
        },
      },
    },
    async (request) => {
      const { q, limit = 50, offset = 0 } = request.query
      const needle = q?.trim().toLowerCase() ?? ''
      const all = await store.getProducts(request.params.storeId)
      const found =
        needle === ''
          ? all
          : all.filter(
              (p) => p.sku.toLowerCase().includes(needle) || p.title.toLowerCase().includes(needle),
            )
      return { products: found.slice(offset, offset + limit).map(productView), total: found.length }
    },
  )

  app.get(
    '/v1/stores/:storeId/products/:sku',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['catalog'],
        summary: 'One product (prices as decimals of the store currency)',
        params: SkuParams,
        response: { 200: ProductView, ...errorResponses(...STORE_ERRORS) },
      },
    },
    async (request) => {
      const { storeId, sku } = request.params
      const [product] = await store.getProducts(storeId, [sku])
      if (!product)
        throw new UpcrossError('not_found', `store "${storeId}" has no product "${sku}"`)
      return productView(product)
    },
  )
}
