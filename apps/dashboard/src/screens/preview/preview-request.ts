/**
 * The preview form's text fields as an offers request: lists split on commas or spaces, empty
 * fields left out so the server applies its defaults.
 * @module
 */
import type { OffersRequest } from '@upcross/client'

/** What the merchant typed. */
export interface PreviewInput {
  placement: string
  cart: string
  sku: string
  customer: string
  session: string
  limit: string
  at: string
}

/** The request the preview sends. Text that is not a number stays text: the server names it. */
export function previewRequest(input: PreviewInput): OffersRequest {
  // The dashboard signs in with the secret key, so it can ask why other candidates were not shown.
  const request: Record<string, unknown> = { placement: input.placement, explain: true }
  const cart = input.cart.split(/[,\s]+/).filter((s) => s !== '')
  if (cart.length > 0) request['cart'] = cart
  if (input.sku.trim()) request['sku'] = input.sku.trim()
  if (input.customer.trim()) request['customer'] = input.customer.trim()
  if (input.session.trim()) request['session'] = input.session.trim()
  if (input.limit.trim()) {
    const n = Number(input.limit)
    request['limit'] = Number.isFinite(n) ? n : input.limit
  }
  if (input.at.trim()) request['at'] = input.at.trim()
  return request as OffersRequest
}
