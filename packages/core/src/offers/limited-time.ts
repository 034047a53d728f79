/**
 * Limited-time offers with a real start and end: shown from `starts_at` until just before
 * `ends_at`, and the end shown is the end configured (no fake countdowns).
 * @module
 */
import type { LimitedTimeReason } from '../domain/reason.js'
import { fail, type Issue, ok, type Result } from '../errors.js'
import { parseInstant } from './limited-time-instant.js'

/** A validated limited-time offer; `start`/`end` are the configured instants in ms. */
export interface LimitedTimeOffer {
  id: string
  label: string
  skus: string[]
  /** Percentage off during the offer, when it is a discount. */
  pct_off?: number
  starts_at: string
  ends_at: string
  start: number
  end: number
}

/** An offer active at a moment, with the reason that states its real end. */
export interface ActiveOffer {
  offer: LimitedTimeOffer
  reason: LimitedTimeReason
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/** Validates a limited-time offer: zoned ISO start and end, end strictly after start. */
export function parseLimitedTimeOffer(input: unknown): Result<LimitedTimeOffer> {
  if (!isRecord(input))
    return fail({ code: 'invalid_type', path: [], message: 'expected an object' })
  const issues: Issue[] = []
  const { id, label, pct_off } = input
  const skus = input['skus'] ?? []
  if (typeof id !== 'string' || id === '')
    issues.push({ code: 'invalid_id', path: ['id'], message: 'id must be a non-empty string' })
  if (typeof label !== 'string' || label === '')
    issues.push({
      code: 'invalid_label',
      path: ['label'],
      message: 'label must be a non-empty string',
    })
  if (!Array.isArray(skus) || !skus.every((s) => typeof s === 'string' && s !== ''))
    issues.push({
      code: 'invalid_type',
      path: ['skus'],
      message: 'skus must be an array of non-empty SKUs',
    })
  if (pct_off !== undefined && !(typeof pct_off === 'number' && pct_off > 0 && pct_off <= 100))
    issues.push({
      code: 'invalid_percent',
      path: ['pct_off'],
      message: 'pct_off must be in (0, 100]',
    })
  const start = parseInstant(input['starts_at'], ['starts_at'])
  const end = parseInstant(input['ends_at'], ['ends_at'])
  if ('issue' in start) issues.push(start.issue)
  if ('issue' in end) issues.push(end.issue)
  if ('ms' in start && 'ms' in end && end.ms <= start.ms)
    issues.push({
      code: 'ends_before_start',
      path: ['ends_at'],
      message: 'ends_at must be after starts_at',
    })
  if (issues.length > 0 || !('ms' in start) || !('ms' in end)) return fail(...issues)
  return ok({
    id: id as string,
    label: label as string,
    skus: [...(skus as string[])],
    ...(pct_off === undefined ? {} : { pct_off: pct_off as number }),
    starts_at: input['starts_at'] as string,
    ends_at: input['ends_at'] as string,
    start: start.ms,
    end: end.ms,
  })
}

/** The offers running at `at` (ms since the epoch): start ≤ at < end, in the given order. */
export function activeOffers(offers: readonly LimitedTimeOffer[], at: number): ActiveOffer[] {
  return offers
    .filter((o) => o.start <= at && at < o.end)
    .map((offer) => ({
      offer,
      reason: {
        code: 'limited_time',
        offer: offer.id,
        label: offer.label,
        starts_at: offer.starts_at,
        ends_at: offer.ends_at,
      },
    }))
}
