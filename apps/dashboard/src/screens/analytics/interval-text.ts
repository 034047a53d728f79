/**
 * An estimate with its confidence interval in words: `+€1.20 (95 % CI −€0.40 … +€2.80)`.
 * @module
 */
import type { Interval, Maybe } from './analytics-api.js'

/** Formats `interval` with `format` for each end; a dash when unknown. */
export function intervalText(
  interval: Interval,
  level: number,
  format: (v: Maybe) => string,
): string {
  if (interval.estimate === null) return '—'
  const ci = ciText(interval, level, format)
  return ci ? `${format(interval.estimate)} (${ci})` : format(interval.estimate)
}

/** The interval alone: `95 % CI −€0.40 … +€2.80`; empty when unknown. */
export function ciText(interval: Interval, level: number, format: (v: Maybe) => string): string {
  if (interval.low === null || interval.high === null) return ''
  return `${Math.round(level * 100)} % CI ${format(interval.low)} … ${format(interval.high)}`
}

/** A signed value: `+x`, `−x` (a real minus sign), `0`. */
export function signed(v: Maybe, format: (v: number) => string): string {
  if (v === null || !Number.isFinite(v)) return '—'
  if (v === 0) return format(0)
  return `${v > 0 ? '+' : '−'}${format(Math.abs(v))}`
}
