/**
 * No upsell before the customer has chosen: which offer kinds each placement allows.
 *
 * | placement                | allowed kinds                                        |
 * |--------------------------|------------------------------------------------------|
 * | product                  | upsell, cross_sell, bundle, alternative, popular     |
 * | choices                  | upsell, alternative                                  |
 * | cart                     | cross_sell, upsell, bundle, reorder, popular         |
 * | checkout                 | upsell, cross_sell, bundle (the checkout pop-up)     |
 * | pos                      | cross_sell, upsell, bundle                           |
 * | thank_you                | upsell, cross_sell, reorder, popular (post-purchase) |
 * | email_order_confirmation | upsell, cross_sell, reorder (warranty, service plan) |
 * | email_abandoned_cart     | cross_sell, bundle, popular                          |
 * | follow_up                | reorder, upsell, cross_sell, popular (service later) |
 *
 * An upsell also needs a chosen item: a viewed item or a non-empty cart.
 * @module
 */
import type { OfferKind } from '../../domain/offer.js'
import type { Placement } from '../../domain/placement.js'
import type { Guard, GuardDrop } from './types.js'

/** The offer kinds each placement may show (see the table above). */
export const PLACEMENT_KINDS: Readonly<Record<Placement, readonly OfferKind[]>> = {
  product: ['upsell', 'cross_sell', 'bundle', 'alternative', 'popular'],
  choices: ['upsell', 'alternative'],
  cart: ['cross_sell', 'upsell', 'bundle', 'reorder', 'popular'],
  checkout: ['upsell', 'cross_sell', 'bundle'],
  pos: ['cross_sell', 'upsell', 'bundle'],
  thank_you: ['upsell', 'cross_sell', 'reorder', 'popular'],
  email_order_confirmation: ['upsell', 'cross_sell', 'reorder'],
  email_abandoned_cart: ['cross_sell', 'bundle', 'popular'],
  follow_up: ['reorder', 'upsell', 'cross_sell', 'popular'],
}

/** Drops kinds the placement does not allow, and upsells when nothing has been chosen yet. */
export function timing(
  table: Readonly<Record<Placement, readonly OfferKind[]>> = PLACEMENT_KINDS,
): Guard {
  return (c, ctx): GuardDrop | undefined => {
    if (!table[ctx.placement].includes(c.kind))
      return {
        guard: 'timing',
        reason: 'kind_not_allowed',
        detail: { kind: c.kind, placement: ctx.placement },
      }
    if (c.kind === 'upsell' && ctx.viewed === undefined && ctx.cart.length === 0)
      return {
        guard: 'timing',
        reason: 'upsell_before_choice',
        detail: { placement: ctx.placement },
      }
    return undefined
  }
}
