/**
 * `applyGuards`: runs every guard over every candidate, in list order.
 * @module
 */
import type { Candidate } from '../../rules/candidate.js'
import type { Dropped, Guard, GuardContext } from './types.js'

/**
 * Keeps the candidates no guard drops, in order; the first guard that objects names the drop.
 * Each guard sees the candidates kept so far as `context.kept` (caps count them).
 */
export function applyGuards(
  guards: readonly Guard[],
  candidates: readonly Candidate[],
  context: Omit<GuardContext, 'kept'>,
): { kept: Candidate[]; dropped: Dropped[] } {
  const kept: Candidate[] = []
  const dropped: Dropped[] = []
  const ctx: GuardContext = { ...context, kept }
  for (const c of candidates) {
    let drop: ReturnType<Guard>
    for (const g of guards) {
      drop = g(c, ctx)
      if (drop) break
    }
    if (drop) dropped.push({ sku: c.sku, ...drop })
    else kept.push(c)
  }
  return { kept, dropped }
}
