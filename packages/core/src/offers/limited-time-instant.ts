/**
 * Instants in offer configuration: ISO-8601 date-times with an explicit zone, checked strictly.
 * @module
 */
import type { Issue } from '../errors.js'
import { isZonelessIsoDateTime, parseIsoTimestamp } from '../ingest/timestamp.js'

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * Parses an ISO-8601 date-time with a `Z` or `±hh:mm` zone (no local times: they would shift
 * with the server; no bare dates: an offer ends at an instant) to milliseconds since the epoch,
 * with the order files' parser (`parseIsoTimestamp`); an issue at `path` when it is not one.
 */
export function parseInstant(
  input: unknown,
  path: readonly (string | number)[],
): { ms: number } | { issue: Issue } {
  const bad = (message: string): { issue: Issue } => ({
    issue: { code: 'invalid_time', path, message, input: String(input) },
  })
  if (typeof input !== 'string') return bad('expected an ISO-8601 date-time string')
  if (DATE_ONLY.test(input.trim()) || isZonelessIsoDateTime(input))
    return bad('expected an ISO-8601 date-time with a zone, e.g. 2025-06-01T00:00:00Z')
  const ms = parseIsoTimestamp(input)
  if (ms === undefined)
    return bad('not a real ISO-8601 date-time with a zone, e.g. 2025-06-01T00:00:00Z')
  return { ms }
}
