/**
 * `readCsv`: a CSV file's text as a header and records, each record with the 1-based line it
 * starts on, tokenized by papaparse (RFC 4180 quoting). A record with broken quoting is reported
 * and reading resumes on the next line, so one stray quote cannot swallow the rest of the file
 * (the same recovery as the CLI's importers).
 * @module
 */
import Papa from 'papaparse'

/** One record: its fields (trimmed) and the line it starts on. */
export interface CsvRecord {
  line: number
  fields: string[]
}

/** A record that could not be read, with its line and why. */
export interface CsvProblem {
  line: number
  code: 'invalid_quote' | 'unclosed_quote' | 'field_count'
  message: string
}

/** The file as read: the header's names (trimmed), the records, and the unreadable records. */
export interface CsvTable {
  header: string[]
  records: CsvRecord[]
  problems: CsvProblem[]
}

/** Line starts, for mapping a character offset to its 1-based line. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}

const blank = (fields: string[]) => fields.every((f) => f.trim() === '')

/** Reads `text` (a whole CSV file; a BOM and CRLF line ends are accepted). */
export function readCsv(text: string): CsvTable {
  // One line-end convention, so offsets, line numbers and papaparse's newline guess agree.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const lineOf = lineIndex(source)
  const table: CsvTable = { header: [], records: [], problems: [] }
  let haveHeader = false
  let base = 0
  while (base < source.length) {
    let resumeAt = -1
    let rowStart = base
    Papa.parse<string[]>(source.slice(base), {
      newline: '\n',
      step: (row, parser) => {
        const end = base + row.meta.cursor
        // The record starts after any blank lines papaparse passed over before it.
        let start = rowStart
        while (source[start] === '\n') start++
        rowStart = end
        const fields = row.data
        if (row.errors.some((e) => e.type === 'Quotes')) {
          // A stray quote makes papaparse read on to the end as well: name the first fault.
          const unclosed = !row.errors.some((e) => e.code === 'InvalidQuotes')
          table.problems.push({
            line: lineOf(start),
            code: unclosed ? 'unclosed_quote' : 'invalid_quote',
            message: unclosed
              ? 'a quoted field is never closed; the record is skipped and reading resumes on the next line'
              : 'a quote inside an unquoted field or after a closing quote',
          })
          const next = source.indexOf('\n', start)
          resumeAt = next === -1 ? source.length : next + 1
          parser.abort()
          return
        }
        if (blank(fields)) return
        const trimmed = fields.map((f) => f.trim())
        if (!haveHeader) {
          haveHeader = true
          table.header = trimmed
          return
        }
        if (trimmed.length !== table.header.length) {
          table.problems.push({
            line: lineOf(start),
            code: 'field_count',
            message: `expected ${table.header.length} fields as in the header, found ${trimmed.length}`,
          })
          return
        }
        table.records.push({ line: lineOf(start), fields: trimmed })
      },
    })
    if (resumeAt === -1) break
    base = resumeAt
  }
  return table
}
