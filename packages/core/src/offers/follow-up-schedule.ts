/**
 * Timed follow-ups after a purchase (seed 003: "car bought → service offer months later"): a
 * service plan or warranty some days after a durable, and a refill before a consumable runs out.
 * @module
 */
import type { Order } from '../domain/order.js'
import type { AddonReason, BoughtBeforeReason } from '../domain/reason.js'
import { UpcrossError } from '../errors.js'
import { DAY_MS } from '../ingest/timestamp.js'
import type { Model } from '../model/model.js'
import { medianIntervalDays, purchaseTimes, storeIntervalDays } from './repeat-interval.js'

/** The purchase a schedule starts from. */
export interface FollowUpPurchase {
  /** The customer, when known: their own history then sets the refill clock. */
  customer?: string
  /** Epoch ms of the purchase. */
  at: number
  lines: readonly { sku: string; quantity?: number }[]
}

/** When follow-ups go out; every duration in days. */
export interface FollowUpSettings {
  /** Days after a durable that its declared service plan is offered. */
  servicePlanDays: number
  /** Days after a durable that its declared warranty is offered (before the maker's one ends). */
  warrantyDays: number
  /** Days one unit of a consumable lasts, by SKU, as the merchant declares it. */
  consumableDays: Readonly<Record<string, number>>
  /** Days one unit lasts when nothing else is known. */
  defaultConsumableDays: number
  /** How many days before the expected run-out the refill reminder goes. */
  refillLeadDays: number
  /** Customers who rebought an item that the store-wide interval needs before it is used. */
  minStoreCustomers: number
}

/** Six months for a service plan, a month for a warranty, a month per unit of a consumable. */
export const DEFAULT_FOLLOW_UP: FollowUpSettings = {
  servicePlanDays: 180,
  warrantyDays: 30,
  consumableDays: {},
  defaultConsumableDays: 30,
  refillLeadDays: 5,
  minStoreCustomers: 3,
}

/**
 * Where a refill's clock comes from: the customer's own repeat interval, the merchant's declared
 * days, the interval of the store's repeat buyers, or the default; a service offer's from the
 * settings.
 */
export type FollowUpBasis = 'own_interval' | 'declared' | 'store_interval' | 'default' | 'settings'

/** One proposed message: what to offer, about which purchased item, when, and why. */
export interface FollowUpMessage {
  kind: 'service_plan' | 'warranty' | 'refill'
  /** The item offered (the plan, the warranty, or the consumable itself). */
  sku: string
  /** The purchased item the message is about. */
  anchor: string
  /** Epoch ms the message is due. */
  sendAt: number
  /** Whole days after the purchase. */
  afterDays: number
  basis: FollowUpBasis
  /** For a refill: the days the purchase is expected to last. */
  lastsDays?: number
  /** The offer's reason, rendered by the message catalog like any other. */
  reason: AddonReason | BoughtBeforeReason
}

/** What the schedule may read besides the model. */
export interface FollowUpContext {
  /**
   * The customer's orders (fresher than the model); default: their baskets in the model. The
   * purchase itself may or may not be among them.
   */
  history?: readonly Order[]
}

/**
 * Proposes the follow-ups of one purchase, earliest first, each item offered once:
 * - for a purchased item with a declared service plan or warranty the customer has not bought,
 *   that plan `servicePlanDays` (warranty: `warrantyDays`) later;
 * - for a purchased declared consumable, a refill `refillLeadDays` before it should run out:
 *   after the customer's own median interval between purchases of it when they bought it at
 *   two distinct times or more (this one included), else quantity × the declared days per unit,
 *   else the store's repeat buyers' median interval, else quantity × `defaultConsumableDays`.
 * Items the model does not know are skipped (they have no declared relations).
 */
export function followUpSchedule(
  model: Model,
  purchase: FollowUpPurchase,
  settings: FollowUpSettings = DEFAULT_FOLLOW_UP,
  context: FollowUpContext = {},
): FollowUpMessage[] {
  if (!Number.isFinite(purchase.at))
    throw new UpcrossError('invalid_input', 'follow-up schedule: the purchase needs a time (at)')
  const customer =
    purchase.customer === undefined ? undefined : model.customerIndex.get(purchase.customer)
  const timesOf = (i: number): number[] => {
    const sku = model.skus[i]!
    if (context.history)
      return context.history
        .filter((o) => o.orderedAt !== undefined && o.orderedAt <= purchase.at)
        .filter((o) => o.lines.some((l) => l.sku === sku))
        .map((o) => o.orderedAt!)
    return customer === undefined ? [] : purchaseTimes(model, customer, i, purchase.at)
  }
  const bought = new Map<number, number>()
  for (const line of purchase.lines) {
    const i = model.itemIndex.get(line.sku)
    if (i !== undefined) bought.set(i, (bought.get(i) ?? 0) + Math.max(1, line.quantity ?? 1))
  }
  const messages: FollowUpMessage[] = []
  model.catalog.relations.forEach((r, k) => {
    if (r.kind !== 'service_plan_for' && r.kind !== 'warranty_for') return
    if (!bought.has(r.to) || bought.has(r.from) || timesOf(r.from).length > 0) return
    const days = r.kind === 'service_plan_for' ? settings.servicePlanDays : settings.warrantyDays
    messages.push({
      kind: r.kind === 'service_plan_for' ? 'service_plan' : 'warranty',
      sku: model.skus[r.from]!,
      anchor: model.skus[r.to]!,
      ...due(purchase.at, days),
      basis: 'settings',
      reason: addonReason(model, k),
    })
  })
  const consumables = new Set<number>()
  for (const r of model.catalog.relations) if (r.kind === 'consumable_for') consumables.add(r.from)
  for (const [i, quantity] of bought) {
    if (!consumables.has(i)) continue
    const times = [...timesOf(i), purchase.at]
    const { days, basis } = lasts(model, i, quantity, times, settings)
    const wait = Math.max(1, Math.round(days - settings.refillLeadDays))
    const distinct = new Set(times).size
    messages.push({
      kind: 'refill',
      sku: model.skus[i]!,
      anchor: model.skus[i]!,
      ...due(purchase.at, wait),
      basis,
      lastsDays: Number(days.toFixed(1)),
      reason: {
        code: 'bought_before',
        times: distinct,
        lastAt: new Date(purchase.at).toISOString(),
      },
    })
  }
  messages.sort((a, b) => a.sendAt - b.sendAt || (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0))
  const seen = new Set<string>()
  return messages.filter((m) => {
    if (seen.has(m.sku)) return false
    seen.add(m.sku)
    return true
  })
}

/** How long the purchase of `quantity` units of consumable `i` should last, and why. */
function lasts(
  model: Model,
  i: number,
  quantity: number,
  times: readonly number[],
  settings: FollowUpSettings,
): { days: number; basis: FollowUpBasis } {
  const own = medianIntervalDays(times)
  if (own !== undefined) return { days: own, basis: 'own_interval' }
  const declared = settings.consumableDays[model.skus[i]!]
  if (declared !== undefined) return { days: declared * quantity, basis: 'declared' }
  const store = storeIntervalDays(model, i, settings.minStoreCustomers)
  if (store !== undefined) return { days: store, basis: 'store_interval' }
  return { days: settings.defaultConsumableDays * quantity, basis: 'default' }
}

function due(at: number, days: number): { sendAt: number; afterDays: number } {
  const afterDays = Math.max(0, Math.round(days))
  return { sendAt: at + afterDays * DAY_MS, afterDays }
}

/** The declared relation `k` as an add-on reason, with its attach rate when the anchor sold. */
function addonReason(model: Model, k: number): AddonReason {
  const r = model.catalog.relations[k]!
  const reason: AddonReason = {
    code: 'addon',
    relation: r.kind as AddonReason['relation'],
    anchor: model.skus[r.to]!,
  }
  const anchorOrders = model.catalog.attach.anchorOrders[k] ?? 0
  if (anchorOrders > 0) {
    const together = model.catalog.attach.together[k] ?? 0
    reason.attach_rate = Number((together / anchorOrders).toFixed(4))
    reason.orders = together
    reason.anchor_orders = anchorOrders
  }
  return reason
}
