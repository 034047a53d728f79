/**
 * The options of `upcross import orders|products` as commander parses them.
 * @module
 */

/** Options shared by both import commands, as commander parses them. */
export interface ImportCliOptions {
  format: string
  db?: string
  store?: string
  report?: string
  batchSize?: number
  progress: boolean
}
