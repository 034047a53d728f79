/**
 * Reasons rendered as sentences through a message catalog, so every language is data.
 * @module
 */
import { formatMinor } from '../domain/money.js'
import type { Reason, ThresholdReward, UpgradeGain } from '../domain/reason.js'

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
    r.source === 'recent_orders'
      ? `${percent(r.confidence)} of recent orders with ${nameOf(r.anchor)} also had this (${orders(r.orders)} since the last training, ${r.lift.toFixed(1)}× more often than chance)`
      : `${percent(r.confidence)} of orders with ${nameOf(r.anchor)} also had this (${orders(r.orders)}, ${r.lift.toFixed(1)}× more often than chance)`,
  popular: (r) =>
    r.fallback === 'fill' || r.fallback === 'empty_cart'
      ? `Popular: in ${percent(r.share)} of all orders`
      : `Popular: in ${percent(r.share)} of all orders (no purchase history for the cart's items yet)`,
  similar_customers: (r) =>
    `Bought by ${r.customers} of the ${r.of} customers whose orders are most like yours`,
  upgrade: (r, nameOf) => {
    const via =
      r.source === 'learned'
        ? 'learned from orders'
        : r.relation === 'tier'
          ? r.step === 'premium'
            ? 'top tier'
            : r.step === 'next'
              ? 'next tier'
              : 'higher tier'
          : 'bigger variant'
    const gains = r.what_you_gain.map(gainPhrase)
    return `Upgrade: ${nameOf(r.to)} — ${priceText(r.price_delta, r.price_delta_pct)}, ${[via, ...gains].join('; ')}`
  },
  addon: (r, nameOf) => {
    const what = ADDON_WORDS[r.relation]
    if (r.attach_rate === undefined) return `${what} ${nameOf(r.anchor)} (no orders of it yet)`
    if (r.orders === 0)
      return `${what} ${nameOf(r.anchor)} (never bought together yet in ${formatCount(r.anchor_orders ?? 0)} orders)`
    return `${what} ${nameOf(r.anchor)}: ${percent(r.attach_rate)} of its orders add it (${formatCount(r.orders ?? 0)} of ${formatCount(r.anchor_orders ?? 0)})`
  },
  choice: (r, nameOf) => {
    const changes = r.what_changes.map(gainPhrase)
    return `${CHOICE_WORDS[r.option]}: ${nameOf(r.to)} — ${priceText(r.price_delta, r.price_delta_pct)}${changes.length > 0 ? `, ${changes.join('; ')}` : ''}`
  },
  bought_before: (r) =>
    r.lastAt
      ? `You bought this ${r.times === 1 ? 'once' : `${r.times} times`}, last on ${r.lastAt.slice(0, 10)}`
      : `You bought this ${r.times === 1 ? 'once' : `${r.times} times`} before`,
  threshold_gap: (r, nameOf) =>
    `Add this (${formatMinor(r.item_price)}) to get ${rewardPhrase(r.reward, nameOf)}: you are ${formatMinor(r.gap)} away from ${formatMinor(r.threshold)}`,
  loyalty_progress: (r) =>
    r.unit === 'points'
      ? `${formatCount(r.need)} more point${r.need === 1 ? '' : 's'} for ${r.reward} (you have ${formatCount(r.have)})`
      : r.need === 0
        ? `Your next one is free: ${r.reward}`
        : `${r.need} more for ${r.reward}`,
  limited_time: (r) => `${r.label} — ends ${utcMinute(r.ends_at)}`,
  bundle: (r, nameOf) => {
    const price =
      r.saving > 0
        ? `${formatMinor(r.bundle_price)} instead of ${formatMinor(r.full_price)} (save ${formatMinor(r.saving)})`
        : formatMinor(r.bundle_price)
    const evidence =
      r.orders > 0
        ? `bought together in ${formatCount(r.orders)} orders, ${percent(r.confidence)} of orders with ${nameOf(r.anchor)}${r.lift > 0 ? `, ${r.lift.toFixed(1)}× more often than chance` : ''}`
        : 'a bundle from the store'
    const note = r.margin_after === null ? ' (no discount: cost unknown)' : ''
    return `Bundle: ${r.items.map(nameOf).join(' + ')} for ${price}${note}; ${evidence}`
  },
  merchant_rule: (r) => `${RULE_WORDS[r.effect]} by the store (rule ${r.rule})`,
  objective_fallback: (r) =>
    `Ranked by ${r.used} instead of ${r.objective}: the ${r.missing} is unknown`,
}

function rewardPhrase(r: ThresholdReward, nameOf: NameOf): string {
  if (r.kind === 'free_shipping') return 'free shipping'
  if (r.kind === 'free_gift') return `${nameOf(r.sku)} free`
  return `${r.pct}% off`
}

const RULE_WORDS: Record<string, string> = {
  added: 'Recommended',
  pinned: 'Placed here',
  boosted: 'Promoted',
  buried: 'Shown lower',
}

const ADDON_WORDS: Record<string, string> = {
  warranty_for: 'Warranty for',
  service_plan_for: 'Service plan for',
  addon_for: 'Add-on for',
  accessory_of: 'Accessory for',
  consumable_for: 'Consumable for',
}

const CHOICE_WORDS: Record<string, string> = {
  step_up: 'One step up',
  premium: 'Premium option',
  next_step: 'Another step up',
  cheaper: 'Cheaper option',
}

/** `+200.00 (+22 %)`; `price unknown` when the catalog lacks a price. */
function priceText(delta: number | null, pct: number | null): string {
  if (delta === null) return 'price unknown'
  const sign = delta >= 0 ? '+' : '−'
  const money = `${sign}${formatMinor(Math.abs(delta))}`
  return pct === null ? money : `${money} (${sign}${Math.abs(Math.round(pct * 100))} %)`
}

function gainPhrase(g: UpgradeGain): string {
  switch (g.code) {
    case 'higher_tier':
      return g.from ? `${g.from} → ${g.to}` : `tier ${g.to}`
    case 'lower_tier':
      return `${g.from ?? '?'} → ${g.to}`
    case 'bigger_pack':
      return `bigger: ${g.from} → ${g.to}`
    case 'smaller_pack':
      return `smaller: ${g.from} → ${g.to}`
    case 'more_popular':
      return `more popular (in ${percent(g.share)} of orders vs ${percent(g.from_share)})`
    case 'bought_instead':
      return `${g.customers} customer${g.customers === 1 ? '' : 's'} traded up to it`
  }
}

/** The configured end as `2024-02-05 00:00 UTC` (the instant itself, never a made-up deadline). */
function utcMinute(iso: string): string {
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return iso
  const utc = new Date(t).toISOString()
  return `${utc.slice(0, utc.slice(17, 23) === '00.000' ? 16 : 19).replace('T', ' ')} UTC`
}

/** `1 order`, `4 orders`, `2.5 orders` (decayed counts). */
function orders(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'order' : 'orders'}`
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
