/**
 * A minimal CSV field splitter for one physical line (RFC 4180 quotes, no embedded newlines),
 * enough for the Online Retail slices; the CLI's streaming reader is the general tool.
 * @module
 */

/** Splits one CSV line into fields, undoing `"…"` quoting and `""` escapes. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      fields.push(field)
      field = ''
    } else field += ch
  }
  fields.push(field)
  return fields
}
