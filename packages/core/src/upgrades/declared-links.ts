/**
 * What the merchant declared about pairs of items, as the upgrade learner needs it.
 * @module
 */
import type { ModelCatalog } from '../catalog/model-catalog.js'

/** Declared facts that override learning: families of variants and non-substitute pairs. */
export interface DeclaredLinks {
  /** Variant family per item (the smallest item index of its `variant_of` component), or -1. */
  variantFamily: Int32Array
  /** Pairs `a*m+b` (both directions) declared as complements or replacements: never upgrades. */
  blocked: Set<number>
}

/** Collects variant families (union–find over `variant_of`) and blocked pairs from the catalog. */
export function declaredLinks(catalog: ModelCatalog, m: number): DeclaredLinks {
  const parent = new Int32Array(m)
  for (let i = 0; i < m; i++) parent[i] = i
  const find = (x: number): number => {
    let r = x
    while (parent[r] !== r) r = parent[r]!
    while (parent[x] !== r) {
      const next = parent[x]!
      parent[x] = r
      x = next
    }
    return r
  }
  const inFamily = new Uint8Array(m)
  const blocked = new Set<number>()
  for (const r of catalog.relations) {
    if (r.kind === 'variant_of') {
      const x = find(r.from)
      const y = find(r.to)
      if (x !== y) parent[Math.max(x, y)] = Math.min(x, y)
      inFamily[r.from] = 1
      inFamily[r.to] = 1
    } else {
      blocked.add(r.from * m + r.to)
      blocked.add(r.to * m + r.from)
    }
  }
  const variantFamily = new Int32Array(m).fill(-1)
  for (let i = 0; i < m; i++) if (inFamily[i]) variantFamily[i] = find(i)
  return { variantFamily, blocked }
}

/** True when the merchant already links `a` and `b` as a ladder (same tier or variant family). */
export function declaredLadder(
  catalog: ModelCatalog,
  links: DeclaredLinks,
  a: number,
  b: number,
): boolean {
  const fa = links.variantFamily[a]!
  if (fa >= 0 && fa === links.variantFamily[b]) return true
  const ta = catalog.tiers.get(a)
  const tb = catalog.tiers.get(b)
  return ta !== undefined && tb !== undefined && ta.family === tb.family
}
