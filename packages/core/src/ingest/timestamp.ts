/**
 * Timestamp parsing for the file layouts: ISO-8601 with a zone, plain ISO dates, and the
 * `M/D/YYYY H:MM` of the UCI Online Retail table. All results are epoch milliseconds (UTC).
 * @module
 */

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000

/** Milliseconds in one hour. */
export const HOUR_MS = 3_600_000

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/

const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/

/**
 * Builds a UTC instant from calendar fields, or `undefined` when a field is out of range
 * (month 13, February 30, hour 24, …).
 */
export function utcInstant(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  if (hour > 23 || minute > 59 || second > 59) return undefined
  const t = Date.UTC(year, month - 1, day, hour, minute, second, ms)
  const d = new Date(t)
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return undefined
  }
  return t
}

/**
 * Parses ISO-8601 `YYYY-MM-DDTHH:MM[:SS[.fff]]` followed by `Z` or an offset (`+02:00`, `-0500`,
 * `+01`), or a plain date `YYYY-MM-DD` (UTC midnight). A date-time without a zone is
 * `undefined`: its instant is ambiguous. A space may stand for the `T`.
 */
export function parseIsoTimestamp(text: string): number | undefined {
  const m = ISO.exec(text.trim())
  if (!m) return undefined
  const [, y, mo, d, h, mi, s, frac, zone] = m
  if (h !== undefined && zone === undefined) return undefined
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000)
  const local = utcInstant(
    Number(y),
    Number(mo),
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
    ms,
  )
  const offset = zoneOffsetMs(zone)
  if (local === undefined || offset === undefined) return undefined
  return local - offset
}

/** Tells whether text looks like an ISO date-time that lacks its zone (for a precise message). */
export function isZonelessIsoDateTime(text: string): boolean {
  const m = ISO.exec(text.trim())
  return m !== null && m[4] !== undefined && m[8] === undefined
}

function zoneOffsetMs(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z' || zone === 'z') return 0
  const sign = zone[0] === '-' ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  const hours = Number(digits.slice(0, 2))
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0
  if (hours > 23 || minutes > 59) return undefined
  return sign * (hours * HOUR_MS + minutes * 60_000)
}

/**
 * Parses the US month-first `M/D/YYYY H:MM` (seconds and the time part optional) as UTC:
 * the layouts using it carry no zone, so the wall-clock time is kept as if it were UTC.
 */
export function parseUsDateTime(text: string): number | undefined {
  const m = US.exec(text.trim())
  if (!m) return undefined
  const [, mo, d, y, h, mi, s] = m
  return utcInstant(
    Number(y),
    Number(mo),
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
  )
}
