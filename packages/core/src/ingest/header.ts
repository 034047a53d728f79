/**
 * Header handling shared by the CSV layouts: find the columns by name, check each record's
 * field count, and build issues that name the file, line and column.
 * @module
 */
import type { Issue, IssueSource, Result } from '../errors.js'
import type { TextRecord } from './types.js'

/** The header a layout expects: columns that must be present and columns it reads when present. */
export interface HeaderSpec<R extends string, O extends string> {
  layout: string
  required: readonly R[]
  optional?: readonly O[]
}

/** A resolved header: where each known column is, and how many fields every record must have. */
export interface ResolvedHeader<R extends string, O extends string> {
  columns: { readonly [K in R]: number } & { readonly [K in O]?: number }
  width: number
  file: string | undefined
}

/**
 * Finds the columns of `spec` in a header record by name (trimmed, case-insensitive; order free;
 * unknown columns ignored). All missing required columns are reported in one `missing_column`
 * issue; a known column named twice is a `duplicate_column` issue.
 */
export function resolveHeader<R extends string, O extends string = never>(
  header: TextRecord,
  spec: HeaderSpec<R, O>,
  file?: string,
): Result<ResolvedHeader<R, O>> {
  const wanted = new Set<string>([...spec.required, ...(spec.optional ?? [])])
  const found = new Map<string, number>()
  const issues: Issue[] = []
  header.fields.forEach((raw, i) => {
    const name = raw
      .trim()
      .replace(/^\uFEFF/, '')
      .toLowerCase()
    const key = [...wanted].find((w) => w.toLowerCase() === name)
    if (key === undefined) return
    if (found.has(key)) {
      issues.push({
        code: 'duplicate_column',
        path: ['header', key],
        message: `column "${key}" appears twice in the header (fields ${found.get(key)! + 1} and ${i + 1})`,
        source: source(file, header.line, key),
      })
    } else {
      found.set(key, i)
    }
  })
  const missing = spec.required.filter((c) => !found.has(c))
  if (missing.length > 0) {
    issues.push({
      code: 'missing_column',
      path: ['header'],
      message: `the ${spec.layout} header lacks required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; expected ${spec.required.join(',')}, found ${header.fields.join(',') || '(empty line)'}`,
      source: source(file, header.line),
      input: header.fields.join(','),
    })
  }
  if (issues.length > 0) return { ok: false, issues }
  const columns = Object.fromEntries(found) as ResolvedHeader<R, O>['columns']
  return { ok: true, value: { columns, width: header.fields.length, file } }
}

/** An issue source for a line and optional column name, leaving out what is unknown. */
export function source(file: string | undefined, line: number, column?: string): IssueSource {
  const s: IssueSource = { line }
  if (file !== undefined) s.file = file
  if (column !== undefined) s.column = column
  return s
}

/** A `field_count` issue when a record's field count differs from the header's, else undefined. */
export function fieldCountIssue(
  rec: TextRecord,
  width: number,
  file: string | undefined,
): Issue | undefined {
  if (rec.fields.length === width) return undefined
  return {
    code: 'field_count',
    path: [rec.line],
    message: `expected ${width} fields as in the header, found ${rec.fields.length}`,
    source: source(file, rec.line),
    input: rec.fields.join(','),
  }
}

/** An issue about one field of one record: code, column name, what is wrong and what was found. */
export function fieldIssue(
  code: string,
  rec: TextRecord,
  column: string,
  file: string | undefined,
  expected: string,
  found: string,
): Issue {
  const shown = found === '' ? 'an empty value' : JSON.stringify(found)
  return {
    code,
    path: [rec.line, column],
    message: `${column} must be ${expected}; found ${shown}`,
    source: source(file, rec.line, column),
    input: found,
  }
}

/** An `exclude` outcome: a well-formed record the layout says is not a product sale, and why. */
export function exclusion(
  code: string,
  rec: TextRecord,
  column: string,
  file: string | undefined,
  why: string,
  found: string,
): { kind: 'exclude'; issue: Issue } {
  return {
    kind: 'exclude',
    issue: {
      code,
      path: [rec.line, column],
      message: `excluded: ${why}; found ${column} ${JSON.stringify(found)}`,
      source: source(file, rec.line, column),
      input: found,
    },
  }
}

/** One record being parsed: its header columns, trimmed field reader and issue list. */
export interface RecordRow<R extends string, O extends string> {
  rec: TextRecord
  columns: ResolvedHeader<R, O>['columns']
  /** The trimmed field at index `i`; empty when `i` is undefined or past the record's end. */
  get(i: number | undefined): string
  /** Issues found so far in this record (empty at the start of each record). */
  issues: Issue[]
}

/**
 * Resolves `header` against `spec` and returns a record parser that rejects a record whose
 * field count differs from the header's (`field_count`) and hands every other record to `parse`.
 */
export function createRecordParser<R extends string, O extends string = never, T = never>(
  header: TextRecord,
  spec: HeaderSpec<R, O>,
  file: string | undefined,
  parse: (row: RecordRow<R, O>) => T,
): Result<(rec: TextRecord) => T | { kind: 'reject'; issues: Issue[] }> {
  const resolved = resolveHeader(header, spec, file)
  if (!resolved.ok) return resolved
  const { columns, width } = resolved.value
  return {
    ok: true,
    value: (rec) => {
      const countIssue = fieldCountIssue(rec, width, file)
      if (countIssue) return { kind: 'reject', issues: [countIssue] }
      const get = (i: number | undefined): string =>
        i === undefined ? '' : (rec.fields[i] ?? '').trim()
      return parse({ rec, columns, get, issues: [] })
    },
  }
}
