/**
 * Prices for people: minor units in the store's currency and locale.
 * @module
 */
import { MINOR_PER_MAJOR } from 'upcross'

/** Formats minor units as a price (`1990`, `EUR`, `fr` → `19,90 €`). */
export function formatMoney(minor: number, currency: string, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
    minor / MINOR_PER_MAJOR,
  )
}
