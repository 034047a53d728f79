/**
 * A popular item is no extra for a cart that holds one of its kind: after a laptop, a best-selling
 * rival laptop is a substitute, not an add-on.
 * @module
 */
import type { Guard } from './types.js'

/**
 * Drops candidates whose only evidence is popularity when their category (known, non-empty)
 * is the category of a cart item; `categoryOf` gives the cart items' categories.
 */
export function notASubstituteFill(cartCategories: ReadonlySet<string>): Guard {
  return (c) =>
    c.category !== '' &&
    cartCategories.has(c.category) &&
    c.reasons.length > 0 &&
    c.reasons.every((r) => r.code === 'popular')
      ? { guard: 'substitute', reason: 'popular_substitute', detail: { category: c.category } }
      : undefined
}
