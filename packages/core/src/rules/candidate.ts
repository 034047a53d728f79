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
}

/** Tells whether a candidate can be sold now: listed, and in stock when stock is tracked. */
export function isAvailable(c: Candidate): boolean {
  return c.listed && (c.stock === undefined || c.stock > 0)
}
