/**
 * The demo store on the API's own origin: `apps/demo-store` at `/demo/`, the widget bundle at
 * `/widgets/`, and two small JSON answers the shop's pages start from (`/demo/config.json`:
 * store, publishable key, currency; `/demo/catalog.json`: the store's products). Same origin, so
 * the widgets need no CORS.
 * @module
 */
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { CatalogStore } from '@upcross/engine'
import type { FastifyInstance } from 'fastify'
import { UpcrossError } from 'upcross'

/** The shop the demo pages show; known only once the demo data is loaded. */
export interface DemoShop {
  storeId: string
  /** A publishable key of the store (public by design: it can only read offers and send events). */
  publishableKey: string
  /** ISO currency of the store's prices. */
  currency: string
  /** SKUs shown first on the home page (e.g. the best sellers); default the first products. */
  featured?: readonly string[]
}

/** What the demo store plugin needs. */
export interface DemoStoreOptions {
  /** Reads the shop's products for the catalog pages. */
  catalog: CatalogStore
  /**
   * The shop, or undefined while it is still being loaded. A function because the plugin must be
   * registered before the app boots, and the keys are made through the booted app.
   */
  shop: () => DemoShop | undefined
  /** Default: `apps/demo-store` of this repository. */
  demoDir?: string
  /** Default: `packages/widgets/dist` of this repository. */
  widgetsDir?: string
}

const repoPath = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url))

/** One product as the demo pages read it; prices in minor units. */
interface DemoProduct {
  sku: string
  title: string
  price: number | null
}

/** Registers the demo store's routes (a fastify plugin: `app.register(demoStore, options)`). */
export async function demoStore(app: FastifyInstance, options: DemoStoreOptions): Promise<void> {
  const { catalog } = options
  await app.register(fastifyStatic, {
    root: options.demoDir ?? repoPath('apps/demo-store'),
    prefix: '/demo/',
    maxAge: 0,
  })
  await app.register(fastifyStatic, {
    root: options.widgetsDir ?? repoPath('packages/widgets/dist'),
    prefix: '/widgets/',
    decorateReply: false,
    maxAge: 300_000,
  })
  const shop = (): DemoShop => {
    const s = options.shop()
    if (!s)
      throw new UpcrossError('unavailable', 'the demo store is still loading; retry in a moment')
    return s
  }
  app.get('/demo/config.json', async () => {
    const { storeId, publishableKey, currency } = shop()
    return { api: '', store: storeId, key: publishableKey, currency }
  })
  let products: Promise<DemoProduct[]> | undefined
  app.get('/demo/catalog.json', async () => {
    const s = shop()
    products ??= loadProducts(catalog, s.storeId, s.featured ?? [])
    return { currency: s.currency, products: await products }
  })
}

/** The store's products, featured ones first in their given order, then by SKU. */
async function loadProducts(
  catalog: CatalogStore,
  storeId: string,
  featured: readonly string[],
): Promise<DemoProduct[]> {
  const rank = new Map(featured.map((sku, i) => [sku, i]))
  const all = await catalog.getProducts(storeId)
  const products = all.map((p) => ({ sku: p.sku, title: p.title, price: p.price ?? null }))
  const order = (sku: string) => rank.get(sku) ?? featured.length
  return products.sort((a, b) => order(a.sku) - order(b.sku))
}
