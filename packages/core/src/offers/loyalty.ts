/**
 * Loyalty programs as validated data — punch cards ("every 10th coffee free") and points — and
 * a customer's progress toward the next reward, from their own order history.
 * @module
 */
import type { Order } from '../domain/order.js'
import type { LoyaltyProgressReason } from '../domain/reason.js'
import { fail, type Issue, ok, type Result } from '../errors.js'

/** Every `every`-th unit bought of `skus` is free (the free one counts as a purchase too). */
export interface PunchCard {
  kind: 'punch_card'
  id: string
  skus: string[]
  every: number
  /** How the reward reads, e.g. "a free coffee". */
  reward: string
}

/** Points per minor unit spent (on `skus`, or on everything when empty); a reward per `reward_at`. */
export interface PointsProgram {
  kind: 'points'
  id: string
  /** Points earned per minor unit spent (0.01 = one point per 1.00); floored per order. */
  earn_per_minor: number
  reward_at: number
  skus: string[]
  reward: string
}

/** A validated loyalty program. */
export type LoyaltyProgram = PunchCard | PointsProgram

/** Where a customer stands: rewards earned so far and the nudge toward the next one. */
export interface LoyaltyProgress {
  program: string
  /** Rewards completed so far (points programs: assuming none were redeemed). */
  earned: number
  reason: LoyaltyProgressReason
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/** Validates one loyalty program; problems are issues with a code and a path. */
export function parseLoyaltyProgram(input: unknown): Result<LoyaltyProgram> {
  if (!isRecord(input))
    return fail({ code: 'invalid_type', path: [], message: 'expected an object' })
  const issues: Issue[] = []
  const need = (ok: boolean, key: string, code: string, message: string): void => {
    if (!ok) issues.push({ code, path: [key], message })
  }
  const { kind, id, reward } = input
  const skus = input['skus'] ?? []
  need(typeof id === 'string' && id !== '', 'id', 'invalid_id', 'id must be a non-empty string')
  need(
    typeof reward === 'string' && reward !== '',
    'reward',
    'invalid_reward',
    'reward must name what is granted, e.g. "a free coffee"',
  )
  const skusOk = Array.isArray(skus) && skus.every((s) => typeof s === 'string' && s !== '')
  need(skusOk, 'skus', 'invalid_type', 'skus must be an array of non-empty SKUs')
  if (kind === 'punch_card') {
    const every = input['every']
    need(
      skusOk && (skus as unknown[]).length > 0,
      'skus',
      'missing_skus',
      'a punch card needs at least one SKU',
    )
    need(
      Number.isSafeInteger(every) && (every as number) >= 2,
      'every',
      'invalid_count',
      'every must be an integer ≥ 2',
    )
    if (issues.length > 0) return fail(...issues)
    return ok({
      kind,
      id: id as string,
      skus: [...(skus as string[])],
      every: every as number,
      reward: reward as string,
    })
  }
  if (kind === 'points') {
    const rate = input['earn_per_minor']
    const at = input['reward_at']
    need(
      typeof rate === 'number' && rate > 0 && Number.isFinite(rate),
      'earn_per_minor',
      'invalid_rate',
      'earn_per_minor must be a positive number',
    )
    need(
      Number.isSafeInteger(at) && (at as number) > 0,
      'reward_at',
      'invalid_count',
      'reward_at must be a positive integer',
    )
    if (issues.length > 0) return fail(...issues)
    return ok({
      kind,
      id: id as string,
      earn_per_minor: rate as number,
      reward_at: at as number,
      skus: [...(skus as string[])],
      reward: reward as string,
    })
  }
  issues.unshift({
    code: 'unknown_kind',
    path: ['kind'],
    message: 'kind must be punch_card or points',
  })
  return fail(...issues)
}

/**
 * Progress in `program` from the orders placed at or before `at` (ms since the epoch; orders
 * without a time are left out, as nothing proves they came before). Punch card: `have` units in
 * the current card, `need` paid units before the free one. Points: floor(spend × rate) per order,
 * `have` points toward the next reward and `need` missing.
 */
export function loyaltyProgress(
  program: LoyaltyProgram,
  history: readonly Order[],
  at: number,
): LoyaltyProgress {
  const skus = new Set(program.skus)
  const counts = (sku: string): boolean => skus.size === 0 || skus.has(sku)
  let total = 0
  for (const order of history) {
    if (order.orderedAt === undefined || order.orderedAt > at) continue
    if (program.kind === 'punch_card') {
      for (const l of order.lines) if (counts(l.sku) && l.quantity > 0) total += l.quantity
    } else {
      let spend = 0
      for (const l of order.lines)
        if (counts(l.sku) && l.quantity > 0) spend += l.quantity * (l.unitPrice ?? 0)
      total += Math.floor(Math.max(0, spend) * program.earn_per_minor)
    }
  }
  const cycle = program.kind === 'punch_card' ? program.every : program.reward_at
  const have = total % cycle
  return {
    program: program.id,
    earned: Math.floor(total / cycle),
    reason: {
      code: 'loyalty_progress',
      program: program.id,
      unit: program.kind === 'punch_card' ? 'purchases' : 'points',
      have,
      need: program.kind === 'punch_card' ? cycle - 1 - have : cycle - have,
      reward: program.reward,
    },
  }
}
