/**
 * Why a candidate was not shown, as a sentence: guard-rail drops rendered through a message
 * catalog (English first; another language is another catalog).
 * @module
 */
import { formatMinor } from '../domain/money.js'
import type { GuardDrop } from './guards/types.js'

/** One language's sentences for guard drops, keyed `guard.reason`. */
export type DropCatalog = Record<string, (detail: Record<string, number | string>) => string>

const pct = (x: number | string): string => `${Math.round(Number(x) * 100)}%`
const money = (x: number | string): string => formatMinor(Number(x))
const day = (x: number | string): string => new Date(Number(x)).toISOString().slice(0, 10)

/** Placements as a shopper or merchant names them. */
const PLACE: Record<string, string> = {
  product: 'product page',
  cart: 'cart',
  checkout: 'checkout pop-up',
  thank_you: 'thank-you page',
  email_order_confirmation: 'order-confirmation email',
  email_abandoned_cart: 'abandoned-cart email',
  follow_up: 'follow-up message',
  pos: 'till',
  choices: 'choice of options',
}
const place = (x: number | string | undefined): string => PLACE[String(x)] ?? String(x)

/** English sentences for every guard drop upcross makes. */
export const ENGLISH_DROPS: DropCatalog = {
  'relevance_floor.below_floor': (d) =>
    `Not shown: too weakly related (${pct(d['strength'] ?? 0)} of orders with the cart's items had it; the floor is ${pct(d['floor'] ?? 0)})`,
  'timing.kind_not_allowed': (d) =>
    `Not shown: ${String(d['kind']).replace('_', '-')} offers do not belong on the ${place(d['placement'])}`,
  'timing.upsell_before_choice': () =>
    'Not shown: no upsell before the customer has chosen an item',
  'frequency_cap.customer_cap': (d) =>
    `Not shown: this customer has seen ${d['seen']} offers recently (the cap is ${d['max']})`,
  'frequency_cap.session_cap': (d) =>
    `Not shown: this visit has seen ${d['seen']} offers already (the cap is ${d['max']})`,
  'dismissed.dismissed': (d) =>
    `Not shown: dismissed on ${day(d['at'] ?? 0)}; it stays away for ${d['days']} days`,
  'dismissed.declined': (d) =>
    `Not shown: declined on ${day(d['at'] ?? 0)}; it stays away for ${d['days']} days`,
  'owned.owned_durable': () => 'Not shown: the customer already owns it',
  'out_of_stock.out_of_stock': () => 'Not shown: out of stock',
  'out_of_stock.unlisted': () => 'Not shown: not listed in the catalog',
  'in_cart.in_cart': () => 'Not shown: already in the cart',
  'substitute.popular_substitute': (d) =>
    `Not shown: a best-seller of the same kind as an item in the cart (${d['category']}), a substitute rather than an extra`,
  'substitute.version_of_cart_item': () =>
    'Not shown: another version of an item in the cart (an upgrade question, not an extra)',
  'placement_cap.placement_full': (d) =>
    `Not shown: the ${place(d['placement'])} shows at most ${d['max']} ${Number(d['max']) === 1 ? 'offer' : 'offers'}`,
  'covers_cost.cost_unknown': (d) =>
    `Not shown: it gives ${money(d['giveaway'] ?? 0)} away and its cost is unknown, so it may not pay for itself`,
  'covers_cost.offer_costs_more': (d) =>
    `Not shown: after ${money(d['giveaway'] ?? 0)} of discount and incentive it leaves ${money(d['profit'] ?? 0)} profit (the least is ${money(d['minProfit'] ?? 0)})`,
  'covers_cost.below_margin_floor': (d) =>
    `Not shown: its margin of ${pct(d['margin'] ?? 0)} is below the floor of ${pct(d['floor'] ?? 0)}`,
}

/** Renders a guard drop as a sentence; an unknown drop names its guard and reason. */
export function describeDrop(drop: GuardDrop, catalog: DropCatalog = ENGLISH_DROPS): string {
  const render = catalog[`${drop.guard}.${drop.reason}`]
  return render ? render(drop.detail ?? {}) : `Not shown: ${drop.guard} (${drop.reason})`
}
