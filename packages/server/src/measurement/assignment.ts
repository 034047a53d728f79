/**
 * Where a customer or session stands: in the holdout or not, and its variant in each experiment.
 * A pure function of the unit and the settings, so every instance gives the same answer.
 * @module
 */
import { assignHoldout, assignVariant, type Placement } from 'upcross'
import type { MeasurementSettings } from './settings.js'

/** One experiment's variant for the unit. */
export interface VariantAssignment {
  experiment: string
  variant: string
  /** `<experiment>:<variant>`: the `strategy` offers answers report and events carry. */
  strategy: string
  /** The placements the experiment applies to; absent when it applies to all. */
  placements?: Placement[]
}

/** The unit's arms. */
export interface Assignment {
  /** The customer id when given, else the session id. */
  unit: string
  unitKind: 'customer' | 'session'
  /** Whether the unit sees no offers (false when the store has no holdout). */
  holdout: boolean
  /** The holdout's share, or 0 when the store has none. */
  holdoutShare: number
  experiments: VariantAssignment[]
}

/**
 * The arms of the customer, else the session (`assignmentUnit`'s rule); `undefined` when neither
 * is given. Variants are reported for held-out units too: the draws are independent, and the
 * unit keeps its variant when the holdout shrinks.
 */
export function assignUnit(
  who: { customer?: string | undefined; session?: string | undefined },
  settings: MeasurementSettings,
): Assignment | undefined {
  const unitKind = who.customer ? 'customer' : who.session ? 'session' : undefined
  if (unitKind === undefined) return undefined
  const unit = (unitKind === 'customer' ? who.customer : who.session) as string
  const experiments: VariantAssignment[] = []
  for (const e of settings.experiments) {
    const variant = assignVariant(unit, e)
    if (variant === undefined) continue
    const a: VariantAssignment = { experiment: e.id, variant, strategy: `${e.id}:${variant}` }
    if (e.placements) a.placements = e.placements
    experiments.push(a)
  }
  const { holdout } = settings
  return {
    unit,
    unitKind,
    holdout: holdout !== undefined && assignHoldout(unit, holdout),
    holdoutShare: holdout?.share ?? 0,
    experiments,
  }
}
