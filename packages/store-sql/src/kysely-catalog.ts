/**
 * The catalog port as dialect-neutral Kysely queries (every value bound as a parameter).
 * @module
 */
import { compareCodePoints, normalizeProduct, type UpsertProductsResult } from '@upcross/engine'
import type { Kysely, Selectable } from 'kysely'
import type { Product } from 'upcross'
import { chunks, ROWS_PER_INSERT, VALUES_PER_IN_LIST } from './chunks.js'
import type { Database, ProductsTable } from './schema.js'

function toRow(storeId: string, p: Product, now: number): ProductsTable {
  const n = normalizeProduct(p)
  return {
    store_id: storeId,
    sku: n.sku,
    title: n.title,
    category: n.category,
    price: n.price ?? null,
    cost: n.cost ?? null,
    stock: n.stock ?? null,
    tags: n.tags ? JSON.stringify(n.tags) : null,
    relations: n.relations ? JSON.stringify(n.relations) : null,
    updated_at: now,
  }
}

function fromRow(r: Selectable<ProductsTable>): Product {
  const num = (v: number | null): number | undefined => (v === null ? undefined : Number(v))
  return normalizeProduct({
    sku: r.sku,
    title: r.title,
    category: r.category,
    price: num(r.price),
    cost: num(r.cost),
    stock: num(r.stock),
    tags: r.tags === null ? undefined : (JSON.parse(r.tags) as string[]),
    relations: r.relations === null ? undefined : (JSON.parse(r.relations) as Product['relations']),
  })
}

/** Inserts new skus and replaces known ones (the last of a repeated sku wins); run it in a transaction. */
export async function upsertProducts(
  db: Kysely<Database>,
  storeId: string,
  products: readonly Product[],
  now: number,
): Promise<UpsertProductsResult> {
  const latest = new Map<string, Product>()
  for (const p of products) latest.set(p.sku, p)
  const skus = [...latest.keys()]
  let updated = 0
  for (const chunk of chunks(skus, VALUES_PER_IN_LIST)) {
    const row = await db
      .selectFrom('products')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('store_id', '=', storeId)
      .where('sku', 'in', chunk)
      .executeTakeFirst()
    updated += Number(row?.n ?? 0)
  }
  const rows = [...latest.values()].map((p) => toRow(storeId, p, now))
  for (const chunk of chunks(rows, ROWS_PER_INSERT)) {
    await db
      .insertInto('products')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['store_id', 'sku']).doUpdateSet((eb) => ({
          title: eb.ref('excluded.title'),
          category: eb.ref('excluded.category'),
          price: eb.ref('excluded.price'),
          cost: eb.ref('excluded.cost'),
          stock: eb.ref('excluded.stock'),
          tags: eb.ref('excluded.tags'),
          relations: eb.ref('excluded.relations'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute()
  }
  return { inserted: skus.length - updated, updated }
}

/** A store's products by sku, all of them or only `skus`. */
export async function getProducts(
  db: Kysely<Database>,
  storeId: string,
  skus?: readonly string[],
): Promise<Product[]> {
  const base = db.selectFrom('products').selectAll().where('store_id', '=', storeId)
  const rows: Selectable<ProductsTable>[] = []
  if (skus === undefined) rows.push(...(await base.execute()))
  else {
    for (const chunk of chunks([...new Set(skus)], VALUES_PER_IN_LIST)) {
      rows.push(...(await base.where('sku', 'in', chunk).execute()))
    }
  }
  return rows.sort((a, b) => compareCodePoints(a.sku, b.sku)).map(fromRow)
}

/** How many products a store has. */
export async function countProducts(db: Kysely<Database>, storeId: string): Promise<number> {
  const row = await db
    .selectFrom('products')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('store_id', '=', storeId)
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}
