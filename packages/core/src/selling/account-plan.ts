/**
 * Account planning (seeds 003, 004: "plan which products to offer to which customers"): for each
 * customer or B2B account, the product lines they do not buy yet but similar customers do,
 * ranked by expected value.
 * @module
 */
import { UpcrossError } from '../errors.js'
import type { Model } from '../model/model.js'
import { similarCustomers } from '../ranking/similar-customers.js'
import { type LineKey, type LineOptions, lineOf } from './product-lines.js'

/** What to plan and how. */
export interface AccountPlanOptions {
  /** The customers (account ids) to plan; default every customer of the model. */
  customers?: readonly string[]
  /** Most lines per customer (default 5). */
  limit?: number
  /** Similar customers consulted per customer (default 20). */
  neighbours?: number
  /** Least similar customers who must buy a line before it is proposed (default 2). */
  minBuyers?: number
  /** How items group into lines (default: by full category path). */
  lines?: LineOptions
  /**
   * Cost = share × price where the catalog has no cost (as in the offer settings); undefined:
   * the value is the price unless every item of the line has a cost.
   */
  assumedCostShare?: number
}

/** One of the line's items that similar customers buy, with how many of them do. */
export interface LineItem {
  sku: string
  buyers: number
}

/** One line proposed to one customer, with its evidence. Money in minor units. */
export interface PlannedLine extends LineKey {
  /** buyers ÷ consulted: the share of the similar customers who buy the line. */
  probability: number
  /** Similar customers who bought an item of the line. */
  buyers: number
  /** Similar customers consulted (those who share at least one item with the customer). */
  consulted: number
  /** Unit price of the line: its items' prices weighted by how many similar customers buy each. */
  price: number | undefined
  /** Unit margin the same way, when every weighted item's cost is known (or assumed). */
  margin: number | undefined
  /** probability × margin (else × price), rounded to a minor unit; 0 when neither is known. */
  expectedValue: number
  basis: 'margin' | 'price' | 'none'
  /** The items to lead with: the line's items most bought by the similar customers (≤ 3). */
  items: LineItem[]
}

/** One customer's plan. */
export interface AccountPlan {
  customer: string
  /** Similar customers consulted. */
  consulted: number
  lines: PlannedLine[]
}

const DEFAULTS = { limit: 5, neighbours: 20, minBuyers: 2 }

/**
 * Plans each customer: their similar customers (cosine over the model's customer vectors, as for
 * next-basket offers), the lines those customers buy that this one never bought, at least
 * `minBuyers` buyers each, ranked by expected value, then probability, then name. Unknown
 * customer ids are an error (`not_found`) naming them.
 */
export function planAccounts(model: Model, options: AccountPlanOptions = {}): AccountPlan[] {
  const limit = options.limit ?? DEFAULTS.limit
  const k = options.neighbours ?? DEFAULTS.neighbours
  const minBuyers = options.minBuyers ?? DEFAULTS.minBuyers
  const lineOptions: LineOptions = options.lines ?? { by: 'category' }
  const ids = options.customers ?? model.customers.ids
  const unknown = ids.filter((id) => !model.customerIndex.has(id))
  if (unknown.length > 0)
    throw new UpcrossError(
      'not_found',
      `not customers of the model: ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ` and ${unknown.length - 10} more` : ''}`,
      { details: { unknown } },
    )
  const lines = model.skus.map((_, i) => lineOf(model, i, lineOptions))
  return ids.map((id) => {
    const c = model.customerIndex.get(id)!
    const similar = similarCustomers(model, vectorOf(model, c), c, k)
    const owned = new Set<string>()
    for (const i of itemsOf(model, c)) owned.add(lines[i]!.key)
    // Per line: who of the similar customers buys it, and how many of them buy each item.
    const buyers = new Map<string, { who: Set<number>; items: Map<number, number> }>()
    for (const n of similar.customers) {
      for (const i of itemsOf(model, n)) {
        const line = lines[i]!.key
        if (owned.has(line)) continue
        let seen = buyers.get(line)
        if (!seen) {
          seen = { who: new Set(), items: new Map() }
          buyers.set(line, seen)
        }
        seen.who.add(n)
        seen.items.set(i, (seen.items.get(i) ?? 0) + 1)
      }
    }
    const consulted = similar.customers.length
    const planned: PlannedLine[] = []
    for (const { who, items } of buyers.values()) {
      if (who.size < minBuyers) continue
      const ranked = [...items].sort((a, b) => b[1] - a[1] || a[0] - b[0])
      const key = lines[ranked[0]![0]]!
      planned.push(plannedLine(model, key, who.size, consulted, ranked, options.assumedCostShare))
    }
    planned.sort(
      (a, b) =>
        b.expectedValue - a.expectedValue ||
        b.probability - a.probability ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )
    return { customer: id, consulted, lines: planned.slice(0, limit) }
  })
}

function plannedLine(
  model: Model,
  key: LineKey,
  buyers: number,
  consulted: number,
  items: readonly [number, number][],
  assumedCostShare: number | undefined,
): PlannedLine {
  let priceSum = 0
  let marginSum = 0
  let weight = 0
  let costsKnown = true
  for (const [i, w] of items) {
    const price = model.prices[i]!
    if (Number.isNaN(price)) continue
    let cost = model.catalog.costs[i]!
    if (Number.isNaN(cost) && assumedCostShare !== undefined) cost = price * assumedCostShare
    if (Number.isNaN(cost)) costsKnown = false
    else marginSum += w * (price - cost)
    priceSum += w * price
    weight += w
  }
  const probability = Number((buyers / consulted).toFixed(4))
  const price = weight > 0 ? Math.round(priceSum / weight) : undefined
  const margin = weight > 0 && costsKnown ? Math.round(marginSum / weight) : undefined
  const basis = margin !== undefined ? 'margin' : price !== undefined ? 'price' : 'none'
  const unit = margin ?? price ?? 0
  return {
    ...key,
    probability,
    buyers,
    consulted,
    price,
    margin,
    expectedValue: Math.round((buyers / consulted) * unit),
    basis,
    items: items.slice(0, 3).map(([i, n]) => ({ sku: model.skus[i]!, buyers: n })),
  }
}

/** Customer `c`'s row of the model's customer vectors, as the similarity search takes it. */
function vectorOf(model: Model, c: number): Map<number, number> {
  const u = model.users
  const v = new Map<number, number>()
  for (let r = u.offsets[c]!; r < u.offsets[c + 1]!; r++) v.set(u.items[r]!, u.scores[r]!)
  return v
}

/** Every item customer `c` ever bought, each once. */
function itemsOf(model: Model, c: number): Set<number> {
  const h = model.customers
  const out = new Set<number>()
  for (let b = h.basketOffsets[c]!; b < h.basketOffsets[c + 1]!; b++)
    for (let k = h.itemOffsets[b]!; k < h.itemOffsets[b + 1]!; k++) out.add(h.items[k]!)
  return out
}
