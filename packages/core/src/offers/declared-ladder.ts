/**
 * The merchant's ladder around an item: its tier family and its `variant_of` siblings.
 * @module
 */
import type { Model } from '../model/model.js'

/** One declared option around an item. */
export interface LadderOption {
  item: number
  relation: 'tier' | 'variant_of'
  /** For tiers above: the next one up, the top one, or one in between; for tiers below: lower. */
  step?: 'next' | 'premium' | 'higher' | 'lower'
}

/** The items joined to `a` through `variant_of` in either direction, `a` left out. */
export function variantSiblings(model: Model, a: number): number[] {
  const seen = new Set<number>([a])
  const queue = [a]
  while (queue.length > 0) {
    const x = queue.pop()!
    for (const r of model.catalog.relations) {
      if (r.kind !== 'variant_of') continue
      const y = r.from === x ? r.to : r.to === x ? r.from : -1
      if (y >= 0 && !seen.has(y)) {
        seen.add(y)
        queue.push(y)
      }
    }
  }
  seen.delete(a)
  return [...seen].sort((x, y) => x - y)
}

/**
 * Declared options above `a`: higher tiers of its family (next, then the top = premium, then those
 * in between, each rank once), then `variant_of` siblings priced above it, cheapest first.
 */
export function declaredUpgrades(model: Model, a: number): LadderOption[] {
  const out: LadderOption[] = []
  const ta = model.catalog.tiers.get(a)
  if (ta) {
    const higher = [...model.catalog.tiers]
      .filter(([i, t]) => i !== a && t.family === ta.family && t.rank > ta.rank)
      .sort((x, y) => x[1].rank - y[1].rank || x[0] - y[0])
      .map(([i]) => i)
    if (higher.length > 0) {
      out.push({ item: higher[0]!, relation: 'tier', step: 'next' })
      const top = higher[higher.length - 1]!
      if (top !== higher[0]) out.push({ item: top, relation: 'tier', step: 'premium' })
      for (const i of higher.slice(1, -1)) out.push({ item: i, relation: 'tier', step: 'higher' })
    }
  }
  const pa = model.prices[a]!
  const pricier = variantSiblings(model, a)
    .filter((i) => model.prices[i]! > pa)
    .sort((x, y) => model.prices[x]! - model.prices[y]! || x - y)
  for (const i of pricier)
    if (!out.some((o) => o.item === i)) out.push({ item: i, relation: 'variant_of' })
  return out
}

/** Declared options below `a`: lower tiers of its family and cheaper `variant_of` siblings. */
export function declaredDowngrades(model: Model, a: number): LadderOption[] {
  const out: LadderOption[] = []
  const ta = model.catalog.tiers.get(a)
  if (ta) {
    for (const [i, t] of model.catalog.tiers)
      if (i !== a && t.family === ta.family && t.rank < ta.rank)
        out.push({ item: i, relation: 'tier', step: 'lower' })
  }
  const pa = model.prices[a]!
  for (const i of variantSiblings(model, a))
    if (model.prices[i]! < pa && !out.some((o) => o.item === i))
      out.push({ item: i, relation: 'variant_of' })
  return out
}
