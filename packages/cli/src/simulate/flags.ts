/**
 * The options of `upcross simulate-lift`, shared by its registration and its runner.
 * @module
 */

/** The flags of `upcross simulate-lift`. */
export interface SimulateLiftFlags {
  orders?: string
  format: string
  trainShare: number
  holdoutShare: number
  salt: string
  limit: number
  windowDays: number
  resamples: number
  seed: number
  assumedMargin?: number
  json?: boolean
}
