/**
 * Whether a rule applies to a request, and whether an item matches a rule.
 * @module
 */
import type { Candidate } from './candidate.js'
import type { ItemMatch, RuleContext, RuleWhen } from './types.js'

/** The rule's `when` holds: the placement is listed (or none are), and the cart has a listed SKU (or none are). */
export function whenHolds(when: RuleWhen, context: RuleContext): boolean {
  if (when.placements && !when.placements.includes(context.placement)) return false
  if (when.cart && !when.cart.some((s) => context.cart.includes(s))) return false
  return true
}

/** A category path is under `prefix` at a `>` boundary (`A > B` is under `A`, `AB` is not). */
export function underCategory(category: string, prefix: string): boolean {
  const norm = (s: string) =>
    s
      .split('>')
      .map((p) => p.trim().toLowerCase())
      .filter((p) => p !== '')
  const c = norm(category)
  const p = norm(prefix)
  return p.length > 0 && p.length <= c.length && p.every((level, i) => level === c[i])
}

/** Every condition of the match holds for the candidate; an unknown price matches no range. */
export function itemMatches(match: ItemMatch, c: Candidate): boolean {
  if (match.skus && !match.skus.includes(c.sku)) return false
  if (match.category !== undefined && !underCategory(c.category, match.category)) return false
  if (match.tags && !match.tags.some((t) => c.tags.includes(t))) return false
  if (match.price) {
    if (c.price === undefined) return false
    if (match.price.min !== undefined && c.price < match.price.min) return false
    if (match.price.max !== undefined && c.price > match.price.max) return false
  }
  return true
}
