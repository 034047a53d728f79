/**
 * Catalog products.
 * @module
 */
import type { Minor } from './money.js'

/** The typed relations a merchant can declare between products (see docs/data-formats.md). */
export const RELATION_KINDS = [
  'variant_of',
  'tier',
  'accessory_of',
  'addon_for',
  'warranty_for',
  'service_plan_for',
  'consumable_for',
  'replaces',
] as const

/** One kind of declared product relation. */
export type RelationKind = (typeof RELATION_KINDS)[number]

/** A product of the catalog; prices in minor units of the store currency. */
export interface Product {
  sku: string
  title: string
  /** Category path, levels separated by `>`; empty when unknown. */
  category: string
  price: Minor | undefined
  cost?: Minor | undefined
  stock?: number | undefined
  tags?: string[]
  /** Declared relations, e.g. `{ accessory_of: ['LAPTOP-1'] }`; `tier` holds the tier label. */
  relations?: Partial<Record<RelationKind, string[]>>
}
