/**
 * The catalog port: products of one store (tenant), keyed by sku.
 * @module
 */
import type { Product } from 'upcross'

/** How many products an upsert created and how many it replaced. */
export interface UpsertProductsResult {
  inserted: number
  updated: number
}

/**
 * Reads and writes the products of a store. Every method takes the tenant's `storeId`; one
 * tenant never sees another's products.
 */
export interface CatalogStore {
  /**
   * Inserts new skus and replaces existing ones whole. When a sku appears twice in `products`,
   * the last one wins and the sku is counted once.
   */
  upsertProducts(storeId: string, products: readonly Product[]): Promise<UpsertProductsResult>
  /**
   * The store's products ordered by sku; with `skus`, only those (unknown skus are skipped).
   * Optional fields that are empty (`cost`, `stock`, `tags`, `relations`) are omitted.
   */
  getProducts(storeId: string, skus?: readonly string[]): Promise<Product[]>
  /** How many products the store has. */
  countProducts(storeId: string): Promise<number>
}
