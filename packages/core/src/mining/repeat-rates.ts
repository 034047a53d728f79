/**
 * How often customers buy an item again: low for durables (a kettle), high for consumables.
 * @module
 */
import type { CustomerHistory } from './customer-history.js'

/** Buyers an item needs before its repeat rate is trusted. */
export const MIN_REPEAT_BUYERS = 5

/**
 * Per item, the share of its customers who bought it in two or more different orders; `NaN`
 * when fewer than `MIN_REPEAT_BUYERS` known customers bought it.
 */
export function repeatRates(history: CustomerHistory, itemCount: number): Float32Array {
  const buyers = new Float64Array(itemCount)
  const repeaters = new Float64Array(itemCount)
  const seen = new Int32Array(itemCount).fill(-1)
  const counted = new Int32Array(itemCount).fill(-1)
  for (let c = 0; c < history.ids.length; c++) {
    for (let b = history.basketOffsets[c]!; b < history.basketOffsets[c + 1]!; b++) {
      for (let k = history.itemOffsets[b]!; k < history.itemOffsets[b + 1]!; k++) {
        const i = history.items[k]!
        if (seen[i] !== c) {
          seen[i] = c
          buyers[i]!++
        } else if (counted[i] !== c) {
          counted[i] = c
          repeaters[i]!++
        }
      }
    }
  }
  const out = new Float32Array(itemCount)
  for (let i = 0; i < itemCount; i++) {
    out[i] = buyers[i]! >= MIN_REPEAT_BUYERS ? repeaters[i]! / buyers[i]! : Number.NaN
  }
  return out
}
