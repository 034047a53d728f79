/**
 * Guard rails: pure predicates that drop a candidate and say why.
 * @module
 */
import type { Placement } from '../../domain/placement.js'
import type { Candidate } from '../../rules/candidate.js'

/** One offer shown earlier, at `at` (epoch ms). */
export interface Impression {
  sku: string
  placement: Placement
  at: number
  customer?: string
  session?: string
}

/** The customer closed (`dismissed`) or refused (`declined`) an offer at `at` (epoch ms). */
export interface FeedbackEvent {
  sku: string
  kind: 'dismissed' | 'declined'
  at: number
  customer?: string
  session?: string
}

/** Everything guards read about the request; history is data, `at` is the request's time. */
export interface GuardContext {
  placement: Placement
  /** Epoch ms of the request; events after it are ignored. */
  at: number
  cart: readonly string[]
  /** The item the customer is viewing (product page, choices), when any. */
  viewed?: string
  customer?: string
  session?: string
  impressions: readonly Impression[]
  feedback: readonly FeedbackEvent[]
  /** SKUs of durables the customer owns (see `ownedSkus`). */
  owned: ReadonlySet<string>
  /** Candidates kept so far in this run, filled in by `applyGuards`. */
  kept: readonly Candidate[]
}

/** The guards upcross has. */
export type GuardName =
  | 'relevance_floor'
  | 'timing'
  | 'frequency_cap'
  | 'dismissed'
  | 'owned'
  | 'out_of_stock'
  | 'in_cart'
  | 'placement_cap'
  | 'covers_cost'
  | 'substitute'

/** Why a guard dropped a candidate: a snake_case code and the numbers behind it. */
export interface GuardDrop {
  guard: GuardName
  reason: string
  detail?: Record<string, number | string>
}

/** One guard: `undefined` keeps the candidate, a drop removes it. */
export type Guard = (candidate: Candidate, context: GuardContext) => GuardDrop | undefined

/** A candidate a guard removed, with the drop. */
export interface Dropped extends GuardDrop {
  sku: string
}
