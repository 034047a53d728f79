/**
 * The canonical file parsers judge each JSON row (one set of rules for files and the API); their
 * issues point at a line and a CSV column, which this renames to the row's place in the body.
 * @module
 */
import type { Issue } from 'upcross'

/**
 * Re-points a parser issue at `[...prefix, field]`, naming the JSON field (from `fields`, keyed
 * by CSV column) instead of the column in the message.
 */
export function relocateIssue(
  issue: Issue,
  prefix: readonly (string | number)[],
  fields: Readonly<Record<string, readonly (string | number)[]>>,
  where: string,
): Issue {
  const column = typeof issue.path[1] === 'string' ? issue.path[1] : undefined
  const field = column === undefined ? [] : (fields[column] ?? [column])
  const name = field.join('.')
  const message =
    column !== undefined && issue.message.startsWith(column)
      ? `${where}: ${name}${issue.message.slice(column.length)}`
      : `${where}: ${issue.message}`
  return { code: issue.code, path: [...prefix, ...field], message }
}

/** A JSON scalar as the CSV text the parsers read (`null`/absent = empty). */
export function asText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'number' ? String(value) : value
}
