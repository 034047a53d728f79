/**
 * Finding a layout's columns by name in a header (trimmed, case-insensitive, any order), as the
 * CLI's importers do; a missing required column stops the import before anything is sent.
 * @module
 */

/** Column positions by name, or the reason the header cannot be used. */
export type ColumnLookup<C extends string> =
  | { ok: true; index: Record<C, number | undefined> }
  | { ok: false; message: string }

/** Looks up `required` and `optional` columns in `header`. */
export function findColumns<C extends string>(
  header: readonly string[],
  required: readonly C[],
  optional: readonly C[],
): ColumnLookup<C> {
  const names = header.map((h) => h.trim().toLowerCase())
  const index = {} as Record<C, number | undefined>
  const twice: string[] = []
  for (const c of [...required, ...optional]) {
    const at = names.indexOf(c)
    if (at !== -1 && names.indexOf(c, at + 1) !== -1) twice.push(c)
    index[c] = at === -1 ? undefined : at
  }
  const missing = required.filter((c) => index[c] === undefined)
  if (header.length === 0) return { ok: false, message: 'the file is empty: no header line' }
  if (missing.length > 0)
    return {
      ok: false,
      message: `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${header.join(', ')})`,
    }
  if (twice.length > 0)
    return { ok: false, message: `the header names ${twice.join(', ')} more than once` }
  return { ok: true, index }
}

/** The field of column `c` in a record (empty when the layout's optional column is absent). */
export function field<C extends string>(
  fields: readonly string[],
  index: Record<C, number | undefined>,
  c: C,
): string {
  const at = index[c]
  return at === undefined ? '' : (fields[at] ?? '')
}
