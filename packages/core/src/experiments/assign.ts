/**
 * Deterministic holdout and variant assignment: pure functions of the unit id and the settings.
 * @module
 */
import { bucketOf } from './bucket.js'
import type { Experiment, HoldoutConfig } from './types.js'

/** The holdout's salt when the configuration names none. */
export const DEFAULT_HOLDOUT_SALT = 'holdout'

/**
 * Whether a unit is in the holdout: u(unit, salt) < share (see `bucketOf`). A share of 0 holds
 * out nobody, 1 everybody; about `share` of any large set of units is held out.
 */
export function assignHoldout(unitId: string, config: HoldoutConfig): boolean {
  return bucketOf(unitId, config.salt) < config.share
}

/**
 * The variant of a unit: u = u(unit, experiment.salt) picks the variant whose cumulative weight
 * interval [W_{i−1}, W_i) / W holds u, so each gets weight_i / W of the units. Variants of
 * weight 0 are never assigned; `undefined` when no variant has a positive weight (a parsed
 * experiment always has one).
 */
export function assignVariant(unitId: string, experiment: Experiment): string | undefined {
  let total = 0
  for (const v of experiment.variants) if (v.weight > 0) total += v.weight
  if (!(total > 0)) return undefined
  const target = bucketOf(unitId, experiment.salt) * total
  let cumulative = 0
  let last: string | undefined
  for (const v of experiment.variants) {
    if (!(v.weight > 0)) continue
    cumulative += v.weight
    last = v.name
    if (target < cumulative) return v.name
  }
  // Rounding in the running sum can leave u·W a hair above the last boundary.
  return last
}
