/** The placements an offer can be asked for (the API's `placement` values). */
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
