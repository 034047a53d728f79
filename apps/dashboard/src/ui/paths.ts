/**
 * Issue paths (`['rule_sets', 0, 'currency']`) as text and as element ids, so an issue can be
 * shown next to its field and linked from the summary.
 * @module
 */

/** `rule_sets[0].currency`. */
export function pathText(path: readonly (string | number)[]): string {
  let out = ''
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`
  return out
}

/** A stable element id for the field at `path` of form `form`. */
export function fieldId(form: string, path: readonly (string | number)[]): string {
  return `f-${form}-${path.map((p) => String(p).replace(/[^A-Za-z0-9_-]/g, '_')).join('-')}`
}

/** Whether two paths are equal. */
export function samePath(
  a: readonly (string | number)[],
  b: readonly (string | number)[],
): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i])
}
