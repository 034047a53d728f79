/**
 * Product lines: what a sales team offers an account — a category when the catalog has one,
 * else the item itself.
 * @module
 */
import type { Model } from '../model/model.js'

/** How items are grouped into lines. */
export interface LineOptions {
  /** `category` groups by category path (items without one stand alone); `item` never groups. */
  by: 'category' | 'item'
  /** Levels of the category path kept (`Computers > Laptops` at 1 is `Computers`); all when unset. */
  depth?: number
}

/** A line's key and whether it is a category or a single item. */
export interface LineKey {
  key: string
  level: 'category' | 'item'
}

/** The line item `i` belongs to. */
export function lineOf(model: Model, i: number, options: LineOptions): LineKey {
  const category = options.by === 'category' ? (model.categories[i] ?? '').trim() : ''
  if (category === '') return { key: model.skus[i]!, level: 'item' }
  const levels = category
    .split('>')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  const kept = options.depth === undefined ? levels : levels.slice(0, options.depth)
  return { key: kept.join(' > '), level: 'category' }
}
