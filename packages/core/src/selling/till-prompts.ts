/**
 * The till prompt (seed 003: "Would you like it large?" then "Would you like a shake?"): offers
 * as at most two short sentences a cashier can say, the upgrade first, then an add-on.
 * @module
 */
import { formatMinor } from '../domain/money.js'
import type { Reason, UpgradeGain } from '../domain/reason.js'
import type { NameOf } from '../ranking/explain.js'
import type { ServedOffer } from '../ranking/pipeline/context.js'

/** One sentence for the cashier, and the offer it stands for. */
export interface TillPrompt {
  sku: string
  /** `upgrade`: a better version of what was chosen; `add_on`: something to add to it. */
  kind: 'upgrade' | 'add_on'
  text: string
}

/** The most prompts a till shows: more would hold up the queue (seed 002: not pushy). */
export const MAX_TILL_PROMPTS = 2

/**
 * Turns a result's offers into cashier sentences: at most one upgrade (an offer with an upgrade
 * or step-up reason), said first — "Would you like the 16 GB model for 200.00 more?" — then
 * add-ons in the offers' order — "Add the Laptop bag for 39.90?" — `max` in all.
 */
export function tillPrompts(
  result: { offers: readonly ServedOffer[] },
  nameOf: NameOf,
  max: number = MAX_TILL_PROMPTS,
): TillPrompt[] {
  let upgrade: TillPrompt | undefined
  const addOns: TillPrompt[] = []
  for (const offer of result.offers) {
    const step = offer.reasons.find(isStepUp)
    if (step && !upgrade)
      upgrade = { sku: offer.sku, kind: 'upgrade', text: upgradeText(step, offer, nameOf) }
    else if (!step) addOns.push({ sku: offer.sku, kind: 'add_on', text: addOnText(offer, nameOf) })
  }
  return [...(upgrade ? [upgrade] : []), ...addOns].slice(0, Math.max(0, max))
}

type StepUp = Extract<Reason, { code: 'upgrade' } | { code: 'choice' }>

function isStepUp(r: Reason): r is StepUp {
  return r.code === 'upgrade' || (r.code === 'choice' && r.option !== 'cheaper')
}

/** Names the upgrade by what changes — size first ("the 16 GB model"), then tier — else by name. */
function upgradeText(r: StepUp, offer: ServedOffer, nameOf: NameOf): string {
  const gains: readonly UpgradeGain[] = r.code === 'upgrade' ? r.what_you_gain : r.what_changes
  const bigger = gains.find((g) => g.code === 'bigger_pack')
  const tier = gains.find((g) => g.code === 'higher_tier')
  const what = bigger
    ? `the ${bigger.to} model`
    : tier
      ? `the ${tier.to} version`
      : `${nameOf(offer.sku)} instead`
  const more =
    r.price_delta !== null && r.price_delta > 0 ? ` for ${formatMinor(r.price_delta)} more` : ''
  return `Would you like ${what}${more}?`
}

function addOnText(offer: ServedOffer, nameOf: NameOf): string {
  const bundle = offer.reasons.find((r) => r.code === 'bundle')
  const what =
    bundle && bundle.code === 'bundle'
      ? bundle.items
          .filter((s) => s !== bundle.anchor)
          .map(nameOf)
          .join(' and ')
      : `the ${nameOf(offer.sku)}`
  const price = offer.price === undefined ? undefined : offer.price - (offer.discount ?? 0)
  return `Add ${what}${price === undefined ? '' : ` for ${formatMinor(price)}`}?`
}
