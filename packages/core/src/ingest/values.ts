/**
 * Small value parsers shared by the layouts: integers, `|`-separated lists, customer ids.
 * @module
 */

const INTEGER = /^[+-]?\d+$/

/** Parses a whole number such as `"12"`, `"-3"` or `"+4"`; `undefined` for anything else. */
export function parseInteger(text: string): number | undefined {
  const t = text.trim()
  if (!INTEGER.test(t)) return undefined
  const n = Number(t)
  return Number.isSafeInteger(n) ? n : undefined
}

/** Splits a `|`-separated list, trimming each entry and dropping empty ones. */
export function splitList(text: string): string[] {
  return text
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** Normalises a numeric id that went through a float (`"12583.0"` → `"12583"`); other text is trimmed. */
export function normalizeNumericId(text: string): string {
  const t = text.trim()
  const m = /^(\d+)\.0*$/.exec(t)
  return m ? m[1]! : t
}
