/**
 * Association measures between an anchor item `a` and a candidate `b`, from basket counts:
 * `n` baskets in all, `ca` and `cb` holding each item, `cab` holding both.
 * @module
 */

/** support(a,b) = cab / n: share of all baskets holding both; 0 when n = 0. */
export function support(cab: number, n: number): number {
  return n > 0 ? cab / n : 0
}

/** confidence(a→b) = cab / ca: share of a's baskets that also hold b; 0 when ca = 0. */
export function confidence(cab: number, ca: number): number {
  return ca > 0 ? cab / ca : 0
}

/**
 * lift(a,b) = cab·n / (ca·cb): how many times more often a and b are bought together than if
 * they were independent (1 = chance); symmetric; 0 when ca or cb is 0.
 */
export function lift(cab: number, ca: number, cb: number, n: number): number {
  return ca > 0 && cb > 0 ? (cab * n) / (ca * cb) : 0
}

/** Parameters of the cross-sell association weight (see `associationWeight`). */
export interface AssociationParams {
  /** Exponent of the anchor count in the denominator: 1 makes the weight a confidence. */
  alpha: number
  /** Exponent of the candidate count: 0 keeps bestsellers, 1 ranks by lift (favours rare items). */
  beta: number
  /** Pseudo-baskets added to the anchor count: shrinks rare anchors' confidences toward 0. */
  shrink: number
  /** Pairs seen together in fewer baskets are dropped as coincidences. */
  minPairCount: number
}

/** The defaults, chosen on validation splits of the evaluation sets (docs/eval.md). */
export const DEFAULT_ASSOCIATION: AssociationParams = {
  alpha: 1,
  beta: 0.3,
  shrink: 5,
  minPairCount: 2,
}

/**
 * w(a→b) = cab / ((ca + shrink)^alpha · cb^beta), or 0 when cab < minPairCount.
 * With alpha = 1, beta = 0, shrink = 0 it is the confidence; with beta = 1 it is proportional
 * to lift. Shrinkage keeps one-off coincidences of rare anchors from ranking first, and beta
 * discounts bestsellers that co-occur with everything.
 */
export function associationWeight(
  cab: number,
  ca: number,
  cb: number,
  p: AssociationParams,
): number {
  if (cab < p.minPairCount || cab <= 0) return 0
  return cab / ((ca + p.shrink) ** p.alpha * Math.max(cb, 1) ** p.beta)
}
