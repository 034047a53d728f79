/**
 * The plain-words verdict of a paired difference.
 * @module
 */
import type { Interval } from 'upcross/eval'

/** Fewer evaluated events than this: no verdict on the difference, only the counts. */
export const MIN_EVENTS = 30

/**
 * "above baseline (CI excludes 0)" when every given CI of method − baseline lies above 0,
 * "below baseline (CI excludes 0)" when every one lies below, "not distinguishable from baseline
 * (CI includes 0)" otherwise, and "too few events to tell" under `MIN_EVENTS` events.
 */
export function verdict(differences: readonly (Interval | undefined)[], events: number): string {
  if (events < MIN_EVENTS) return `too few events to tell (${events} < ${MIN_EVENTS})`
  if (differences.length === 0 || differences.some((d) => !d || Number.isNaN(d.low)))
    return 'no comparison'
  if (differences.every((d) => d!.low > 0)) return 'above baseline (CI excludes 0)'
  if (differences.every((d) => d!.high < 0)) return 'below baseline (CI excludes 0)'
  return 'not distinguishable from baseline (CI includes 0)'
}
