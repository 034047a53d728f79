/**
 * Merchant rules as validated data: links, pins, boosts, buries and exclusions.
 * @module
 */
import type { Placement } from '../domain/placement.js'
import type { Candidate } from './candidate.js'

/** Which items a rule targets; every condition given must hold (at least one is given). */
export interface ItemMatch {
  skus?: string[]
  /** Category path prefix at `>` boundaries (`Home > Kitchen` matches `Home > Kitchen > Pans`). */
  category?: string
  /** Any of these tags. */
  tags?: string[]
  /** Unit price range in minor units, both ends inclusive; an unknown price never matches. */
  price?: { min?: number; max?: number }
}

/** When a rule applies: at these placements, and/or when the cart holds any of these SKUs. */
export interface RuleWhen {
  placements?: Placement[]
  cart?: string[]
}

/** Fields every rule has. Rules run by `priority`, highest first; ties keep file order. */
interface RuleBase {
  id: string
  priority: number
  /** "Exit if matched": when this rule matches, no later rule runs. */
  stop: boolean
  when: RuleWhen
}

/** A manual link: when any `from` SKU is in the cart, offer `to` as a cross-sell or upsell. */
export interface LinkRule extends RuleBase {
  kind: 'link'
  from: string[]
  to: string[]
  as: 'cross_sell' | 'upsell'
}

/** Show `sku` at 1-based `position` (added when it is not a candidate yet). */
export interface PinRule extends RuleBase {
  kind: 'pin'
  sku: string
  position: number
}

/** Multiply the score of matching candidates by `factor` (> 1 for boost, in [0, 1) for bury). */
export interface ScoreRule extends RuleBase {
  kind: 'boost' | 'bury'
  match: ItemMatch
  factor: number
}

/** Remove matching candidates; later rules cannot bring them back. */
export interface ExcludeRule extends RuleBase {
  kind: 'exclude'
  match: ItemMatch
}

/** One merchant rule. */
export type MerchantRule = LinkRule | PinRule | ScoreRule | ExcludeRule

/** What to do with out-of-stock or unlisted items: drop them, or keep them as evidence only. */
export type UnavailablePolicy = 'hide' | 'keep_in_evidence_only'

/** A validated rule set: its rules in evaluation order and its unavailable-item policy. */
export interface MerchantRuleSet {
  rules: MerchantRule[]
  unavailable: UnavailablePolicy
}

/** What a rule did to one item. */
export type RuleEffect = 'added' | 'pinned' | 'boosted' | 'buried' | 'excluded'

/** One trace entry: `rule` is the rule's id, or `unavailable` for the set's policy. */
export interface RuleTrace {
  rule: string
  effect: RuleEffect
  sku: string
  /** Why an item was excluded by the unavailable policy. */
  why?: 'out_of_stock' | 'unlisted'
}

/** The request a rule set is applied to, and the catalog facts of items rules may add. */
export interface RuleContext {
  placement: Placement
  /** Cart SKUs; on a product page, the viewed item. */
  cart: readonly string[]
  /** The catalog facts of an item as a fresh candidate; undefined when the catalog lacks it. */
  item: (sku: string) => Omit<Candidate, 'kind' | 'score' | 'strength' | 'reasons'> | undefined
}

/** The result of applying a rule set. */
export interface RuleOutcome {
  candidates: Candidate[]
  /** Unavailable items kept for evidence (policy `keep_in_evidence_only`), never offered. */
  evidence: Candidate[]
  trace: RuleTrace[]
}
