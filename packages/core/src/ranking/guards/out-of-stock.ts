/**
 * Nothing out of stock or unlisted.
 * @module
 */
import type { Guard } from './types.js'

/** Drops unlisted items and items whose tracked stock is 0 or less. */
export const inStock: Guard = (c) =>
  !c.listed
    ? { guard: 'out_of_stock', reason: 'unlisted' }
    : c.stock !== undefined && !(c.stock > 0)
      ? { guard: 'out_of_stock', reason: 'out_of_stock', detail: { stock: c.stock } }
      : undefined
