/**
 * Numbers, money and shares as the merchant reads them; unknown values (`null`, `NaN`) are a dash,
 * never a misleading 0.
 * @module
 */

const DASH = '—'

const known = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v)

/** Digits after the decimal point of a currency (2 for EUR, 0 for JPY). */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    )
  } catch {
    return 2
  }
}

/** Money given in minor units (cents), e.g. `1234` EUR → `€12.34`. */
export function money(minor: number | null | undefined, currency: string): string {
  if (!known(minor)) return DASH
  return moneyMajor(minor / 10 ** currencyDigits(currency), currency)
}

/** Money given in major units (the API's decimals), e.g. `12.5` → `€12.50`. */
export function moneyMajor(major: number | null | undefined, currency: string): string {
  if (!known(major)) return DASH
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(major)
  } catch {
    return `${major.toFixed(2)} ${currency}`
  }
}

/** A count with thousands separators. */
export function count(n: number | null | undefined): string {
  return known(n) ? new Intl.NumberFormat('en').format(n) : DASH
}

/** A share in [0, 1] as a percentage with one decimal: `0.1234` → `12.3 %`. */
export function percent(share: number | null | undefined, digits = 1): string {
  return known(share) ? `${(share * 100).toFixed(digits)} %` : DASH
}

/** A relative change with its sign: `0.05` → `+5.0 %`. */
export function signedPercent(share: number | null | undefined, digits = 1): string {
  if (!known(share)) return DASH
  return `${share >= 0 ? '+' : '−'}${Math.abs(share * 100).toFixed(digits)} %`
}

/** A plain number with at most `digits` decimals. */
export function decimal(n: number | null | undefined, digits = 2): string {
  return known(n) ? new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(n) : DASH
}
