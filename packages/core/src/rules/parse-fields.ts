/**
 * Field parsers for merchant rules: each pushes an issue with its path and returns the value.
 * @module
 */
import { isPlacement, PLACEMENTS, type Placement } from '../domain/placement.js'
import type { Issue } from '../errors.js'
import { isRecord, type Path, report } from '../util/issue-path.js'
import type { ItemMatch, RuleWhen } from './types.js'

export type { Path } from '../util/issue-path.js'
export { isRecord, pathText, report } from '../util/issue-path.js'

/** A non-empty array of non-empty strings, or undefined (with an issue) when it is not. */
export function skuList(issues: Issue[], value: unknown, path: Path): string[] | undefined {
  if (Array.isArray(value) && value.length > 0 && value.every((s) => typeof s === 'string' && s))
    return [...(value as string[])]
  report(issues, 'invalid_type', path, 'must be a non-empty array of non-empty strings')
  return undefined
}

/** A non-negative integer amount of minor units, or undefined when absent. */
function amount(issues: Issue[], value: unknown, path: Path): number | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value
  report(issues, 'invalid_amount', path, 'must be a non-negative integer (minor units)')
  return undefined
}

/** Parses an item match: skus, category prefix, tags, price range; at least one given. */
export function parseItemMatch(issues: Issue[], value: unknown, path: Path): ItemMatch {
  const out: ItemMatch = {}
  if (!isRecord(value)) {
    report(issues, 'invalid_type', path, 'must be an object')
    return out
  }
  for (const key of Object.keys(value))
    if (!['skus', 'category', 'tags', 'price'].includes(key))
      report(issues, 'unknown_key', [...path, key], 'is not a known key')
  const { skus, category, tags, price } = value
  if (skus !== undefined) out.skus = skuList(issues, skus, [...path, 'skus'])
  if (tags !== undefined) out.tags = skuList(issues, tags, [...path, 'tags'])
  if (category !== undefined) {
    if (typeof category === 'string' && category.trim() !== '') out.category = category.trim()
    else report(issues, 'invalid_type', [...path, 'category'], 'must be a non-empty string')
  }
  if (price !== undefined) {
    const at = [...path, 'price']
    if (!isRecord(price)) report(issues, 'invalid_type', at, 'must be an object with min/max')
    else {
      const min = amount(issues, price['min'], [...at, 'min'])
      const max = amount(issues, price['max'], [...at, 'max'])
      if (price['min'] === undefined && price['max'] === undefined)
        report(issues, 'empty_range', at, 'needs min, max or both')
      if (min !== undefined && max !== undefined && min > max)
        report(issues, 'invalid_range', [...at, 'min'], `(${min}) must not exceed max (${max})`)
      out.price = {
        ...(min === undefined ? {} : { min }),
        ...(max === undefined ? {} : { max }),
      }
    }
  }
  if (skus === undefined && category === undefined && tags === undefined && price === undefined)
    report(issues, 'empty_match', path, 'needs at least one of skus, category, tags, price')
  return out
}

/** Parses `when`: optional placements and cart SKUs. */
export function parseWhen(issues: Issue[], value: unknown, path: Path): RuleWhen {
  if (value === undefined) return {}
  if (!isRecord(value)) {
    report(issues, 'invalid_type', path, 'must be an object')
    return {}
  }
  const out: RuleWhen = {}
  for (const key of Object.keys(value))
    if (key !== 'placements' && key !== 'cart')
      report(issues, 'unknown_key', [...path, key], 'is not a known key')
  const placements = value['placements']
  if (placements !== undefined) {
    const list = skuList(issues, placements, [...path, 'placements'])
    list?.forEach((p, i) => {
      if (!isPlacement(p))
        report(
          issues,
          'invalid_placement',
          [...path, 'placements', i],
          `must be one of ${PLACEMENTS.join(', ')}`,
        )
    })
    if (list) out.placements = list.filter(isPlacement) as Placement[]
  }
  if (value['cart'] !== undefined) out.cart = skuList(issues, value['cart'], [...path, 'cart'])
  return out
}
