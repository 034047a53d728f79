/**
 * Nothing already in the cart (or being viewed).
 * @module
 */
import type { Guard } from './types.js'

/** Drops items in the cart and the viewed item. */
export const notInCart: Guard = (c, ctx) =>
  ctx.cart.includes(c.sku) || ctx.viewed === c.sku
    ? { guard: 'in_cart', reason: 'in_cart' }
    : undefined
