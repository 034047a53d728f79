/**
 * Backtest in money: the shapes of a replay — policies, the money assumptions, the report.
 * @module
 */
import type { Order } from '../../domain/order.js'
import type { ServedOffer } from '../../ranking/pipeline/context.js'
import type { Interval } from '../../util/interval.js'

/** A policy: the offers it shows for a cart (the first part of a real order). */
export interface BacktestPolicy {
  name: string
  offers: (cart: readonly string[], order: Order) => ServedOffer[]
}

/** The money assumptions of a replay, stated in the report. */
export interface BacktestAssumptions {
  /** Cost = share × price where a cost function gives none (e.g. 0.6: a 40 % gross margin). */
  costShare: number
  /**
   * Share of the revenue of a matched offer that the offer caused (1 = every matched item was
   * added because of it: an upper bound; real incrementality needs a holdout).
   */
  incrementality: number
}

/** Options of `runBacktest`. */
export interface BacktestOptions extends BacktestAssumptions {
  /** Known unit costs in minor units, when the catalog has them. */
  costOf?: (sku: string) => number | undefined
  /** Pairs of policy names to compare; default: every policy against the last one. */
  compare?: readonly [string, string][]
  /** Bootstrap resamples (default 1000) and seed (default 42). */
  resamples?: number
  seed?: number
}

/** Shown and taken counts of one kind of offer. */
export interface OfferTypeTally {
  shown: number
  taken: number
  /** taken / shown (NaN when none shown). */
  hitRate: number
}

/** One policy over the replayed baskets. */
export interface PolicyReport {
  name: string
  /** Baskets replayed (orders with at least two distinct items). */
  baskets: number
  /** Baskets where the policy showed at least one offer. */
  touched: number
  /** Share of replayed baskets where an offered item (or a whole bundle) was bought, with CI. */
  hitShare: Interval
  /** Extra revenue per replayed basket (minor units), with CI, and its total over all baskets. */
  revenuePerBasket: Interval
  revenueTotal: Interval
  /** Extra margin per basket: revenue − cost − discounts given, times incrementality. */
  marginPerBasket: Interval
  marginTotal: Interval
  /** By offer type: cross_sell, bundle, threshold_gap, upsell, addon, reorder, popular, … */
  byType: Record<string, OfferTypeTally>
}

/** A paired comparison of two policies over the same baskets. */
export interface PolicyComparison {
  policy: string
  against: string
  /** Difference in hit share and in margin per basket, with CIs (paired bootstrap). */
  hitShareDiff: Interval
  marginPerBasketDiff: Interval
}

/** The report of one replay. */
export interface BacktestReport {
  assumptions: BacktestAssumptions & { costsKnown: boolean }
  baskets: number
  policies: PolicyReport[]
  comparisons: PolicyComparison[]
}
