/**
 * Relevance scores from a list's order: of n, the one at index k gets 1 − k/(n+1), to six decimals.
 * @module
 */

/** Lists up to this long keep their scores: every request ranks a few dozen candidates. */
const KEPT_UP_TO = 256
const kept: Float64Array[] = []

/** The scores of a list of `n`, first to last. */
export function rankScores(n: number): Float64Array {
  let scores = kept[n]
  if (scores === undefined) {
    // Formatting a number to six decimals twice per candidate per request was a tenth of the
    // ranking's time; the scores depend on n alone.
    scores = new Float64Array(n)
    for (let k = 0; k < n; k++) scores[k] = Number((1 - k / (n + 1)).toFixed(6))
    if (n <= KEPT_UP_TO) kept[n] = scores
  }
  return scores
}

/** Sets each item's `score` from its position. */
export function rankInOrder(items: readonly { score: number }[]): void {
  const scores = rankScores(items.length)
  for (let k = 0; k < items.length; k++) items[k]!.score = scores[k]!
}
