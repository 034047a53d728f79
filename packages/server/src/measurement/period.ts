/**
 * The period an analytics request covers, from its `from` and `to` query values.
 * @module
 */
import { DAY_MS, fail, type Issue, ok, parseIsoTimestamp, type Result } from 'upcross'

/** A half-open interval [from, to) of epoch ms. */
export interface Period {
  from: number
  to: number
}

/** The period when neither end is given: the 30 days up to now. */
export const DEFAULT_PERIOD_DAYS = 30

/** The longest period one request may cover (the events are read into memory). */
export const MAX_PERIOD_DAYS = 366

const DATE_ONLY = /^\s*\d{4}-\d{2}-\d{2}\s*$/

/**
 * `from` and `to` are ISO-8601 instants with a zone, or dates (`YYYY-MM-DD`, UTC): a `from` date
 * starts at its midnight, a `to` date includes its whole day, an instant `to` is exclusive. A
 * missing `to` is `now`; a missing `from` is `DEFAULT_PERIOD_DAYS` before `to`.
 */
export function parsePeriod(
  query: { from?: string | undefined; to?: string | undefined },
  now: number,
): Result<Period> {
  const issues: Issue[] = []
  const end = (key: 'from' | 'to'): number | undefined => {
    const text = query[key]
    if (text === undefined || text === '') return undefined
    const t = parseIsoTimestamp(text)
    if (t === undefined) {
      issues.push({
        code: 'invalid_time',
        path: [key],
        message: `${key} must be a date (2024-03-01) or an ISO-8601 time with a zone; found ${JSON.stringify(text)}`,
      })
      return undefined
    }
    return key === 'to' && DATE_ONLY.test(text) ? t + DAY_MS : t
  }
  const givenFrom = end('from')
  const givenTo = end('to')
  if (issues.length > 0) return fail(...issues)
  const to = givenTo ?? now
  const from = givenFrom ?? to - DEFAULT_PERIOD_DAYS * DAY_MS
  if (!(from < to))
    return fail({ code: 'invalid_period', path: ['to'], message: 'to must be after from' })
  if (to - from > MAX_PERIOD_DAYS * DAY_MS)
    return fail({
      code: 'invalid_period',
      path: ['from'],
      message: `the period may cover at most ${MAX_PERIOD_DAYS} days; ask for it in parts`,
    })
  return ok({ from, to })
}
