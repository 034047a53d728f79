/**
 * Splits CSV text into records (RFC 4180 quotes, CRLF or LF): enough for the demo file, whose
 * descriptions sometimes hold commas.
 * @module
 */

/** One record with the 1-based line it starts on (the core's `TextRecord`). */
export interface CsvRecord {
  line: number
  fields: string[]
}

/** The records of `text`. */
export function csvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = []
  let field = ''
  let record: string[] = []
  let quoted = false
  let line = 1
  let start = 1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\n') line++
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      record.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') {
        i++
        line++
      }
      record.push(field)
      records.push({ line: start, fields: record })
      record = []
      field = ''
      start = line
    } else field += c
  }
  if (field !== '' || record.length > 0) records.push({ line: start, fields: [...record, field] })
  return records
}
