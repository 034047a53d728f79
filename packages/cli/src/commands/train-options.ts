/**
 * The options of `upcross train`, shared by its registration and its runner.
 * @module
 */

/** The flags of `upcross train`. */
export interface TrainFlags {
  out: string
  orders?: string[]
  products?: string
  format: string
  productsFormat: string
  db?: string
  store?: string
  halfLifeDays?: number
  maxBasketSize?: number
  neighbours?: number
  minItemCount?: number
  json?: boolean
}
