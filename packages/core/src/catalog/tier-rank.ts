/**
 * Tier labels and their order on a good/better/best ladder.
 * @module
 */

/** Well-known ladders, lowest first; a label's position is its rank when none is given. */
export const TIER_LADDERS: readonly (readonly string[])[] = [
  ['good', 'better', 'best'],
  ['free', 'basic', 'standard', 'plus', 'pro', 'premium', 'enterprise'],
  ['small', 'medium', 'large', 'extra large'],
  ['economy', 'premium economy', 'business', 'first'],
  ['bronze', 'silver', 'gold', 'platinum'],
]

/**
 * The rank of a tier: the explicit `rank` when given (e.g. `better:2`), else the label's position
 * in a well-known ladder (1-based); `undefined` when neither says.
 */
export function tierRank(label: string, rank?: string): number | undefined {
  if (rank !== undefined && rank !== '') {
    const n = Number(rank)
    return Number.isFinite(n) ? n : undefined
  }
  const l = label.trim().toLowerCase()
  for (const ladder of TIER_LADDERS) {
    const i = ladder.indexOf(l)
    if (i >= 0) return i + 1
  }
  return undefined
}
