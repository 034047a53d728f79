/**
 * Expected-value scoring: `score = P(accept | shown) × (price − cost − discount − incentiveCost)`,
 * with an objective switch and margin floors as hard constraints.
 * @module
 */
import type { ObjectiveFallbackReason } from '../../domain/reason.js'
import type { Candidate } from '../../rules/candidate.js'
import type { Dropped } from '../guards/types.js'

/** What a placement ranks by. */
export type Objective = 'relevance' | 'revenue' | 'profit'

/** Scoring settings. */
export interface ProfitOptions {
  objective: Objective
  /**
   * Least margin share `(price − discount − cost − incentiveCost) / (price − discount)` a
   * candidate with known price and cost may have; below it, it is dropped.
   */
  marginFloor?: number
}

/**
 * P(accept | shown) from association strength until feedback exists: the strength clamped to
 * [0, 1] (NaN → 0). Monotone non-decreasing; confidence is P(item | anchor in the basket).
 */
export function acceptProbability(strength: number): number {
  return strength > 0 ? Math.min(1, strength) : 0
}

/** Revenue of one accepted offer: price − discount; undefined when the price is unknown. */
function revenueOf(c: Candidate): number | undefined {
  return c.price === undefined ? undefined : c.price - (c.discount ?? 0)
}

/** Profit of one accepted offer: price − cost − discount − incentiveCost; undefined when unknown. */
export function profitOf(c: Candidate): number | undefined {
  const r = revenueOf(c)
  return r === undefined || c.cost === undefined ? undefined : r - c.cost - (c.incentiveCost ?? 0)
}

/**
 * Scores candidates by the objective and sorts them best first (ties keep input order).
 * relevance: the candidate's own score (the base ranking's, after merchant rules — it already
 * weighs association, personal habits and position). revenue: P(accept) × (price − discount).
 * profit: P(accept) × profit.
 * Without a cost, profit falls back to revenue; without a price, to relevance; each fallback
 * adds an `objective_fallback` reason. Candidates with known price and cost whose margin is
 * below `marginFloor` are dropped (guard `covers_cost`, reason `below_margin_floor`).
 */
export function scoreByObjective(
  candidates: readonly Candidate[],
  options: ProfitOptions,
): { scored: Candidate[]; dropped: Dropped[] } {
  const scored: { c: Candidate; i: number }[] = []
  const dropped: Dropped[] = []
  candidates.forEach((c, i) => {
    const revenue = revenueOf(c)
    const profit = profitOf(c)
    if (options.marginFloor !== undefined && revenue !== undefined && profit !== undefined) {
      const margin = revenue > 0 ? profit / revenue : Number.NEGATIVE_INFINITY
      if (!(margin >= options.marginFloor)) {
        dropped.push({
          sku: c.sku,
          guard: 'covers_cost',
          reason: 'below_margin_floor',
          detail: { margin: Number.isFinite(margin) ? margin : -1, floor: options.marginFloor },
        })
        return
      }
    }
    const p = acceptProbability(c.strength)
    const reasons = [...c.reasons]
    let score = options.objective === 'relevance' ? c.score : p
    const fallback = (f: Omit<ObjectiveFallbackReason, 'code'>) =>
      reasons.push({ code: 'objective_fallback', ...f })
    if (options.objective === 'profit' && profit !== undefined) score = p * profit
    else if (options.objective !== 'relevance' && revenue !== undefined) {
      score = p * revenue
      if (options.objective === 'profit')
        fallback({ objective: 'profit', used: 'revenue', missing: 'cost' })
    } else if (options.objective !== 'relevance')
      fallback({ objective: options.objective, used: 'relevance', missing: 'price' })
    scored.push({ c: { ...c, score, reasons }, i })
  })
  scored.sort((a, b) => b.c.score - a.c.score || a.i - b.i)
  return { scored: scored.map((s) => s.c), dropped }
}
