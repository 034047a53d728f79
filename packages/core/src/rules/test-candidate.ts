/**
 * A candidate for tests of rules, guards and scorers (not exported from the package).
 * @module
 */
import type { Candidate } from './candidate.js'

/** A listed, untracked-stock cross-sell at 10.00 costing 6.00; `more` overrides any field. */
export function testCandidate(sku: string, more: Partial<Candidate> = {}): Candidate {
  return {
    sku,
    kind: 'cross_sell',
    score: 0,
    strength: 0.5,
    price: 1000,
    cost: 600,
    category: '',
    tags: [],
    stock: undefined,
    listed: true,
    reasons: [],
    ...more,
  }
}
