/**
 * Resolves catalog products onto the model's item indices: titles, categories, prices, costs,
 * stock, declared relations and tiers.
 * @module
 */
import type { Product } from '../domain/product.js'
import { RELATION_KINDS } from '../domain/product.js'
import type { DeclaredRelation, ModelCatalog, TierInfo } from './model-catalog.js'
import { emptyCatalog } from './model-catalog.js'
import { tierRank } from './tier-rank.js'

/** What `resolveCatalog` returns: per-item columns and the catalog part of the model. */
export interface ResolvedCatalog {
  titles: string[]
  categories: string[]
  /** Tags per item, `[item, tags]` for items that have any. */
  tags: [number, string[]][]
  catalog: ModelCatalog
}

/**
 * Lays the products onto `skus` (the model's vocabulary, which already holds every catalog
 * SKU). Relations naming an unknown SKU are left out (validation reports them before training);
 * a tier's family is the root of the product's `variant_of` chain, or the product itself.
 */
export function resolveCatalog(
  skus: readonly string[],
  products: readonly Product[],
): ResolvedCatalog {
  const m = skus.length
  const catalog = emptyCatalog(m)
  if (products.length === 0) return { titles: [], categories: [], tags: [], catalog }
  const index = new Map<string, number>()
  skus.forEach((sku, i) => {
    index.set(sku, i)
  })
  const bySku = new Map(products.map((p) => [p.sku, p]))
  const titles = skus.map((sku) => bySku.get(sku)?.title ?? '')
  const categories = skus.map((sku) => bySku.get(sku)?.category ?? '')
  const tags: [number, string[]][] = []
  skus.forEach((sku, i) => {
    const t = bySku.get(sku)?.tags
    if (t && t.length > 0) tags.push([i, [...t]])
  })
  const relations: DeclaredRelation[] = []
  const tiers = new Map<number, TierInfo>()
  for (const p of products) {
    const from = index.get(p.sku)
    if (from === undefined) continue
    if (p.cost !== undefined) catalog.costs[from] = p.cost
    if (p.stock !== undefined) catalog.stock[from] = p.stock
    for (const kind of RELATION_KINDS) {
      if (kind === 'tier') continue
      for (const target of p.relations?.[kind] ?? []) {
        const to = index.get(target)
        if (to !== undefined && to !== from) relations.push({ kind, from, to })
      }
    }
    const tier = p.relations?.tier
    if (tier && tier.length > 0) {
      const rank = tierRank(tier[0]!, tier[1])
      if (rank !== undefined)
        tiers.set(from, { family: variantRoot(p.sku, bySku, index), rank, label: tier[0]! })
    }
  }
  return { titles, categories, tags, catalog: { ...catalog, relations, tiers } }
}

/** Follows `variant_of` to its root (cycle-safe: stops at a SKU already visited). */
function variantRoot(
  sku: string,
  bySku: ReadonlyMap<string, Product>,
  index: ReadonlyMap<string, number>,
): number {
  const seen = new Set<string>()
  let current = sku
  while (!seen.has(current)) {
    seen.add(current)
    const parent = bySku.get(current)?.relations?.variant_of?.[0]
    if (parent === undefined || !index.has(parent)) break
    current = parent
  }
  return index.get(current)!
}
