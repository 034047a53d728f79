/**
 * Reasons rendered as sentences through a message catalog, so every language is data.
 * @module
 */
import type { Reason } from '../domain/reason.js'

/** How to name an item in a sentence (its title, or its SKU). */
export type NameOf = (sku: string) => string

/** One language's sentences, one function per reason code. */
export type MessageCatalog = {
  [C in Reason['code']]: (reason: Extract<Reason, { code: C }>, nameOf: NameOf) => string
}

const percent = (x: number): string => `${Math.round(x * 100)}%`

/** English sentences. */
export const ENGLISH: MessageCatalog = {
  bought_together: (r, nameOf) =>
    `${percent(r.confidence)} of orders with ${nameOf(r.anchor)} also had this (${formatCount(r.orders)} orders, ${r.lift.toFixed(1)}× more often than chance)`,
  popular: (r) =>
    r.fallback === 'fill' || r.fallback === 'empty_cart'
      ? `Popular: in ${percent(r.share)} of all orders`
      : `Popular: in ${percent(r.share)} of all orders (no purchase history for the cart's items yet)`,
  similar_customers: (r) =>
    `Bought by ${r.customers} of the ${r.of} customers whose orders are most like yours`,
  bought_before: (r) =>
    r.lastAt
      ? `You bought this ${r.times === 1 ? 'once' : `${r.times} times`}, last on ${r.lastAt.slice(0, 10)}`
      : `You bought this ${r.times === 1 ? 'once' : `${r.times} times`} before`,
}

function formatCount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1)
}

/** Renders one reason as a sentence in the catalog's language (English by default). */
export function describeReason(
  reason: Reason,
  nameOf: NameOf = (s) => s,
  catalog: MessageCatalog = ENGLISH,
): string {
  const render = catalog[reason.code] as (r: Reason, n: NameOf) => string
  return render(reason, nameOf)
}
