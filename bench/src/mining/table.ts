/**
 * Plain-text tables that are also Markdown: `| a | b |` rows with aligned columns.
 * @module
 */

/** Column alignment: numbers read best right-aligned. */
export type Align = 'left' | 'right'

/** Renders a Markdown pipe table padded so it also reads as aligned text in a terminal. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  for (const row of rows) {
    if (row.length !== headers.length) {
      throw new RangeError(`row has ${row.length} cells, table has ${headers.length} columns`)
    }
  }
  const widths = headers.map((h, c) => Math.max(3, h.length, ...rows.map((r) => r[c]!.length)))
  const pad = (cell: string, c: number): string =>
    align[c] === 'right' ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)
  const line = (cells: readonly string[]): string => `| ${cells.map(pad).join(' | ')} |`
  const rule = widths.map((w, c) =>
    align[c] === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w),
  )
  return [line(headers), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n')
}

/** Formats a number with thousands separators and a fixed number of decimals. */
export function formatNumber(value: number, decimals = 0): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  })
}
