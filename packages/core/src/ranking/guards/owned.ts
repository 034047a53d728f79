/**
 * Nothing the customer already owns (durables, see `ownedDurables`).
 * @module
 */
import type { Model } from '../../model/model.js'
import { ownedDurables } from '../ownership.js'
import type { Guard } from './types.js'

/** The SKUs of the durables a model's customer owns at `at` (empty for an unknown customer). */
export function ownedSkus(
  model: Model,
  customer: string | undefined,
  at: number | undefined,
): Set<string> {
  const c = customer === undefined ? undefined : model.customerIndex.get(customer)
  if (c === undefined) return new Set()
  return new Set([...ownedDurables(model, c, at)].map((i) => model.skus[i]!))
}

/** Drops durables in `context.owned`. */
export const notOwned: Guard = (c, ctx) =>
  ctx.owned.has(c.sku) ? { guard: 'owned', reason: 'owned_durable' } : undefined
