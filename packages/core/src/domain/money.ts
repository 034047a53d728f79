/**
 * Money as integer minor units (cents, pence) so sums never drift.
 * @module
 */

/** An amount in minor units of the store currency (e.g. 1250 = 12.50). */
export type Minor = number

/** How many minor units one major unit has (2 decimals for nearly every currency). */
export const MINOR_PER_MAJOR = 100

/**
 * Parses a decimal string such as `"12.5"`, `"-0.85"` or `"1e2"` into minor units, rounding
 * half away from zero at the third decimal. Returns `undefined` when the text is not a finite number.
 */
export function parseMinor(text: string): Minor | undefined {
  const t = text.trim()
  if (t === '') return undefined
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(t)
  if (m) {
    const [, sign, whole = '', frac = ''] = m
    if (whole === '' && frac === '') return undefined
    const cents = Number(whole || '0') * MINOR_PER_MAJOR + Number((frac + '00').slice(0, 2))
    const roundUp = frac.length > 2 && Number(frac[2]) >= 5 ? 1 : 0
    const value = cents + roundUp
    if (!Number.isSafeInteger(value)) return undefined
    return sign === '-' ? -value : value
  }
  const n = Number(t)
  if (!Number.isFinite(n)) return undefined
  return Math.round(n * MINOR_PER_MAJOR)
}

/** Formats minor units as a plain decimal string with two places (`1250` → `"12.50"`). */
export function formatMinor(amount: Minor): string {
  const sign = amount < 0 ? '-' : ''
  const abs = Math.abs(Math.round(amount))
  const whole = Math.floor(abs / MINOR_PER_MAJOR)
  const frac = String(abs % MINOR_PER_MAJOR).padStart(2, '0')
  return `${sign}${whole}.${frac}`
}
