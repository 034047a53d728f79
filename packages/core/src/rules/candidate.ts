/**
 * A ranking candidate: one item that may become an offer, with the facts rules, guards and
 * scorers read. Money in minor units.
 * @module
 */
import type { OfferKind } from '../domain/offer.js'
import type { Reason } from '../domain/reason.js'

/** One candidate offer and the catalog facts about its item. */
export interface Candidate {
  sku: string
  kind: OfferKind
  /** Comparable within one list; larger is better. */
  score: number
  /**
   * Association strength in [0, 1] (the confidence that the anchor's buyers take it); 0 when
   * the candidate has no association evidence (popular fill, merchant link).
   */
  strength: number
  /** Unit price; undefined when unknown. */
  price: number | undefined
  /** Unit cost; undefined when unknown. */
  cost: number | undefined
  /** Discount given on the item when offered (per unit); 0 when none. */
  discount?: number
  /** What the offer costs the store beyond the discount (a gift, loyalty points); 0 when none. */
  incentiveCost?: number
  /** Category path, levels separated by `>`; empty when unknown. */
  category: string
  tags: readonly string[]
  /** Units in stock; undefined when the catalog does not track stock. */
  stock: number | undefined
  /** False when the merchant unlisted the item (or the catalog does not know it). */
  listed: boolean
  reasons: Reason[]
  /** A bundle's SKUs (the anchors and what it adds); absent on single-item candidates. */
  items?: string[]
}

/**
 * A copy of a candidate, with a copy of its reasons unless others are given. Spelled out field
 * by field on purpose: V8 copies these objects by spread (`{ ...c }`) through a slow generic
 * path — measured 1.3 µs a copy against 0.1 µs, and one request copies dozens.
 */
export function copyCandidate<C extends Candidate>(c: C, reasons: Reason[] = [...c.reasons]): C {
  const copy: Candidate = {
    sku: c.sku,
    kind: c.kind,
    score: c.score,
    strength: c.strength,
    price: c.price,
    cost: c.cost,
    category: c.category,
    tags: c.tags,
    stock: c.stock,
    listed: c.listed,
    reasons,
  }
  if (c.discount !== undefined) copy.discount = c.discount
  if (c.incentiveCost !== undefined) copy.incentiveCost = c.incentiveCost
  if (c.items !== undefined) copy.items = c.items
  return copy as C
}

/** Tells whether a candidate can be sold now: listed, and in stock when stock is tracked. */
export function isAvailable(c: Candidate): boolean {
  return c.listed && (c.stock === undefined || c.stock > 0)
}
