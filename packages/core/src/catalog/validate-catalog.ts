/**
 * Whole-catalog checks of declared relations and tiers (per-row checks happen in the parsers).
 * @module
 */
import type { Product, RelationKind } from '../domain/product.js'
import { RELATION_KINDS } from '../domain/product.js'
import type { Issue } from '../errors.js'
import { tierRank } from './tier-rank.js'

/** Relations whose target must be another product (a product cannot be its own add-on). */
const NOT_SELF: readonly RelationKind[] = RELATION_KINDS.filter((k) => k !== 'tier')

function issue(code: string, sku: string, column: string, message: string, input?: string): Issue {
  const out: Issue = { code, path: [sku, column], message, source: { column, recordId: sku } }
  if (input !== undefined) out.input = input
  return out
}

/**
 * Checks a catalog as a whole and returns its issues (none = valid):
 * - `unknown_sku`: a relation names a SKU that is not in the catalog;
 * - `self_relation`: a product is its own variant, warranty, service plan, add-on, accessory,
 *   consumable or replacement;
 * - `variant_cycle` / `replaces_cycle`: following `variant_of` / `replaces` comes back to the
 *   product (reported once per cycle, on its first product in catalog order);
 * - `tier_unranked`: a tier label outside the well-known ladders and without an explicit rank;
 * - `tier_conflict`: two products of one family (the root of their `variant_of` chain) share a
 *   rank.
 * Training stays usable on an invalid catalog: unknown and self relations are dropped, cycles are
 * cut where they close, unranked tiers are ignored.
 */
export function validateCatalog(products: readonly Product[]): Issue[] {
  const issues: Issue[] = []
  const bySku = new Map<string, Product>()
  for (const p of products) bySku.set(p.sku, p)
  for (const p of products) {
    for (const kind of NOT_SELF) {
      for (const target of p.relations?.[kind] ?? []) {
        if (target === p.sku) {
          issues.push(
            issue('self_relation', p.sku, kind, `${p.sku} is ${kindPhrase(kind)} itself`, target),
          )
        } else if (!bySku.has(target)) {
          issues.push(
            issue(
              'unknown_sku',
              p.sku,
              kind,
              `${kind} of ${p.sku} names ${target}, which is not in the catalog`,
              target,
            ),
          )
        }
      }
    }
  }
  issues.push(...cycles(products, bySku, 'variant_of'), ...cycles(products, bySku, 'replaces'))
  issues.push(...tierIssues(products, bySku))
  return issues
}

function kindPhrase(kind: RelationKind): string {
  return `declared ${kind.replaceAll('_', ' ')}`
}

/** Cycles of one relation kind through known SKUs (self loops are `self_relation` instead). */
function cycles(
  products: readonly Product[],
  bySku: ReadonlyMap<string, Product>,
  kind: 'variant_of' | 'replaces',
): Issue[] {
  const out: Issue[] = []
  const state = new Map<string, 'open' | 'done'>()
  const visit = (sku: string, path: string[]): void => {
    state.set(sku, 'open')
    path.push(sku)
    for (const next of bySku.get(sku)?.relations?.[kind] ?? []) {
      if (next === sku || !bySku.has(next)) continue
      const s = state.get(next)
      if (s === 'open') {
        const loop = [...path.slice(path.indexOf(next)), next]
        out.push(
          issue(
            `${kind === 'variant_of' ? 'variant' : 'replaces'}_cycle`,
            next,
            kind,
            `${kind} forms a cycle: ${loop.join(' → ')}`,
            loop.join('|'),
          ),
        )
      } else if (s === undefined) visit(next, path)
    }
    path.pop()
    state.set(sku, 'done')
  }
  for (const p of products) if (!state.has(p.sku)) visit(p.sku, [])
  return out
}

/** The root of a product's `variant_of` chain (cycle-safe), the tier's family. */
export function variantFamily(sku: string, bySku: ReadonlyMap<string, Product>): string {
  const seen = new Set<string>()
  let current = sku
  while (!seen.has(current)) {
    seen.add(current)
    const parent = bySku.get(current)?.relations?.variant_of?.[0]
    if (parent === undefined || !bySku.has(parent)) break
    current = parent
  }
  return current
}

function tierIssues(products: readonly Product[], bySku: ReadonlyMap<string, Product>): Issue[] {
  const out: Issue[] = []
  const taken = new Map<string, string>()
  for (const p of products) {
    const tier = p.relations?.tier
    if (!tier || tier.length === 0) continue
    const label = tier[0]!
    const rank = tierRank(label, tier[1])
    if (rank === undefined) {
      out.push(
        issue(
          'tier_unranked',
          p.sku,
          'tier',
          `tier "${label}" of ${p.sku} has no known rank; give one, e.g. ${label}:2`,
          label,
        ),
      )
      continue
    }
    const family = variantFamily(p.sku, bySku)
    const key = `${family}\u0000${rank}`
    const other = taken.get(key)
    if (other !== undefined) {
      out.push(
        issue(
          'tier_conflict',
          p.sku,
          'tier',
          `${p.sku} and ${other} are both tier rank ${rank} of family ${family}; ranks in a family must differ`,
          tier.join(':'),
        ),
      )
    } else taken.set(key, p.sku)
  }
  return out
}
