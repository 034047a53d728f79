/**
 * Beta-Bernoulli beliefs about an offer's acceptance probability.
 * @module
 */
import type { Rng } from '../util/rng.js'
import { sampleGamma } from './gamma.js'

/** A Beta(alpha, beta) belief about P(taken | shown): prior pseudo-counts plus observed ones. */
export interface Beta {
  alpha: number
  beta: number
}

/** Pseudo-impressions the association prior is worth when none is given. */
export const DEFAULT_PRIOR_WEIGHT = 10

/** Bounds of the prior mean, so both shape parameters stay positive. */
const MIN_MEAN = 0.001
const MAX_MEAN = 0.999

/**
 * The prior before feedback: mean m = strength clamped to [0.001, 0.999] (NaN → 0.001), worth
 * `weight` impressions: Beta(m·weight, (1 − m)·weight). The association strength is the
 * acceptance guess of the ranking (`acceptProbability`); `weight` says how many real impressions
 * it takes to outweigh it (default 10). `weight` must be > 0.
 */
export function betaPrior(strength: number, weight = DEFAULT_PRIOR_WEIGHT): Beta {
  if (!(weight > 0)) throw new RangeError(`prior weight must be > 0, got ${weight}`)
  const m = Number.isNaN(strength) ? MIN_MEAN : Math.min(MAX_MEAN, Math.max(MIN_MEAN, strength))
  return { alpha: m * weight, beta: (1 - m) * weight }
}

/**
 * The posterior after `shows` impressions of which `takes` were taken: Beta(α + takes,
 * β + shows − takes). Takes are clamped to [0, shows] (an accept of an offer whose impression
 * was lost must not push the rate above 1), shows to ≥ 0.
 */
export function updateBeta(prior: Beta, shows: number, takes: number): Beta {
  const n = Math.max(0, shows)
  const k = Math.min(n, Math.max(0, takes))
  return { alpha: prior.alpha + k, beta: prior.beta + n - k }
}

/** E[p] = α / (α + β): the prior mean moved toward the observed rate takes / shows. */
export function posteriorMean(b: Beta): number {
  return b.alpha / (b.alpha + b.beta)
}

/**
 * One Thompson draw p ~ Beta(α, β) as X / (X + Y) with X ~ Gamma(α), Y ~ Gamma(β) from the
 * seeded `rng`: ranking by draws explores arms with few impressions (wide beliefs) and exploits
 * well-known good ones. Draws average to `posteriorMean`.
 */
export function thompsonSample(b: Beta, rng: Rng): number {
  const x = sampleGamma(b.alpha, rng)
  const y = sampleGamma(b.beta, rng)
  // Both can underflow to 0 for tiny shapes; the mean is the honest answer then.
  return x + y > 0 ? x / (x + y) : posteriorMean(b)
}
