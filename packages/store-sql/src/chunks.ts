/**
 * Splits work into slices small enough for the databases' limits on bound parameters.
 * @module
 */

/** Rows per multi-row INSERT: keeps parameters (rows × columns) well under SQLite's 32,766. */
export const ROWS_PER_INSERT = 500

/** Values per `IN (…)` list. */
export const VALUES_PER_IN_LIST = 900

/** Yields consecutive slices of at most `size` items. */
export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size)
}
