/**
 * Holdout and experiment settings as data.
 * @module
 */
import type { Placement } from '../domain/placement.js'

/** The standing holdout: a share of units that sees no offers, for measuring lift. */
export interface HoldoutConfig {
  /** Share of units held out, in [0, 1]; 0 turns the holdout off. */
  share: number
  /** Salt of the draw; changing it reshuffles who is held out. */
  salt: string
}

/** One arm of an experiment. */
export interface Variant {
  /** Unique within the experiment; usually the name of a strategy. */
  name: string
  /** Relative weight ≥ 0; a variant's share is weight / Σ weights. */
  weight: number
}

/** An A/B (or A/B/n) experiment between strategies. */
export interface Experiment {
  id: string
  variants: Variant[]
  /** Salt of the draw; the experiment id when not given. */
  salt: string
  /** Placements the experiment applies to; all when absent. */
  placements?: Placement[]
}
