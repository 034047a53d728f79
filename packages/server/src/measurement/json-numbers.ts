/**
 * Numbers JSON can carry: the core reports an undefined rate (0/0) as NaN, which JSON has no
 * word for, so the API sends `null`.
 * @module
 */

/** `T` with every number possibly `null`. */
export type WithNulls<T> = T extends number
  ? number | null
  : T extends readonly (infer U)[]
    ? WithNulls<U>[]
    : T extends object
      ? { [K in keyof T]: WithNulls<T[K]> }
      : T

/** A copy of `value` with NaN and ±Infinity replaced by `null`, at any depth. */
export function nullForNonFinite<T>(value: T): WithNulls<T> {
  return convert(value) as WithNulls<T>
}

function convert(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (Array.isArray(value)) return value.map(convert)
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = convert(v)
    return out
  }
  return value
}
