/**
 * The OpenAPI document's header: title, version, servers and the bearer-key security scheme.
 * @module
 */

/** What `@fastify/swagger` puts around the route schemas. */
export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'upcross HTTP API',
    version: '0.1.0',
    description:
      'Upsell and cross-sell offers for a store: ingest the catalog and orders, train, ask for offers per placement, send events. Every route under /v1/stores/{storeId} needs `Authorization: Bearer <key>`: a publishable key (`upx_pk_…`) may only request offers and send events; a secret key (`upx_sk_…`) may do everything in its store; the deployment admin token may create stores and issue keys. Errors are `{"error":{"code","message","issues?","requestId"}}`. See docs/http-api.md.',
    license: { name: 'Apache-2.0' },
  },
  servers: [{ url: 'http://127.0.0.1:8787', description: 'upcross serve (default)' }],
  components: {
    securitySchemes: {
      bearerKey: {
        type: 'http' as const,
        scheme: 'bearer',
        description: 'a publishable or secret key of the store, or the deployment admin token',
      },
    },
  },
  security: [{ bearerKey: [] }],
  tags: [
    { name: 'stores', description: 'tenants of the deployment' },
    { name: 'keys', description: 'API keys of a store' },
    { name: 'catalog', description: 'products, upserted by SKU' },
    { name: 'orders', description: 'order history, idempotent by order id' },
    { name: 'training', description: 'background training jobs' },
    { name: 'offers', description: 'offers for a placement (the storefront hot path)' },
    { name: 'events', description: 'impressions, clicks, accepts, purchases, refunds' },
    { name: 'configuration', description: 'validated, versioned configuration documents' },
    {
      name: 'emails',
      description: 'order-confirmation and abandoned-cart emails with offers, rendered and sent',
    },
    { name: 'health', description: 'liveness and readiness' },
  ],
}
