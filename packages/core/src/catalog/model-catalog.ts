/**
 * The catalog as the model carries it: per-item columns plus the merchant's declared relations,
 * resolved to item indices.
 * @module
 */
import type { Product, RelationKind } from '../domain/product.js'

/** A declared relation between two items of the model (`from` is, e.g., the accessory). */
export interface DeclaredRelation {
  kind: Exclude<RelationKind, 'tier'>
  from: number
  to: number
}

/** A product's place in a good/better/best (or free/basic/premium) ladder. */
export interface TierInfo {
  /** The item that names the ladder: the root of the product's `variant_of` chain, or itself. */
  family: number
  rank: number
  label: string
}

/**
 * Orders behind each declared relation (aligned with `relations`): orders holding the relation's
 * target (`to`, the anchor) and orders holding both; empty arrays when never counted.
 */
export interface AttachCounts {
  anchorOrders: Float64Array
  together: Float64Array
}

/** Per-item catalog facts (index = item index) beyond titles and categories, and relations. */
export interface ModelCatalog {
  /** Unit cost in minor units; NaN when unknown. */
  costs: Float64Array
  /** Units in stock; NaN when the catalog does not track stock. */
  stock: Float64Array
  relations: readonly DeclaredRelation[]
  /** Tier per item index, for items that declare one. */
  tiers: ReadonlyMap<number, TierInfo>
  /** Attach counts of the declared relations, learned from the order history in training. */
  attach: AttachCounts
}

/** An empty catalog for `m` items (no costs, stock or relations). */
export function emptyCatalog(m: number): ModelCatalog {
  return {
    costs: new Float64Array(m).fill(Number.NaN),
    stock: new Float64Array(m).fill(Number.NaN),
    relations: [],
    tiers: new Map(),
    attach: { anchorOrders: new Float64Array(0), together: new Float64Array(0) },
  }
}

/** The catalog products whose SKUs are not yet in the vocabulary, in catalog order. */
export function catalogOnlySkus(skus: readonly string[], products: readonly Product[]): string[] {
  const known = new Set(skus)
  const out: string[] = []
  for (const p of products) {
    if (!known.has(p.sku)) {
      known.add(p.sku)
      out.push(p.sku)
    }
  }
  return out
}
