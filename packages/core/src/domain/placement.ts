/**
 * Placements: where an offer is shown.
 * @module
 */

/** Every placement upcross serves, in the order of a sale. */
export const PLACEMENTS = [
  'product',
  'cart',
  'checkout',
  'thank_you',
  'email_order_confirmation',
  'email_abandoned_cart',
  'follow_up',
  'pos',
  'choices',
] as const

/** One placement. */
export type Placement = (typeof PLACEMENTS)[number]

/** Tells whether a string names a placement. */
export function isPlacement(value: unknown): value is Placement {
  return typeof value === 'string' && (PLACEMENTS as readonly string[]).includes(value)
}
