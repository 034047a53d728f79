/**
 * CSV files as a stream of `TextRecord`s (1-based start line + fields) and tokenizer errors,
 * via csv-parse. A broken record (bad quote, unclosed quote) becomes one `error` item with file
 * and line, and reading goes on: after an unclosed quote the file is read again from the next
 * line, so one stray quote does not swallow the rest of the file.
 * @module
 */
import { type CsvError, type InfoRecord, type Options, parse } from 'csv-parse'
import { type Issue, type TextRecord, UpcrossError } from 'upcross'
import { assertFile, openBytes } from './file-bytes.js'
import { LineIndex } from './line-index.js'

/** One item of a CSV stream: a record, or a record the tokenizer could not read. */
export type CsvItem = { kind: 'record'; record: TextRecord } | { kind: 'error'; issue: Issue }

/** Options of `readCsvRecords`. */
export interface CsvReadOptions {
  /** Field delimiter; default `,`. */
  delimiter?: string
  /** Largest record in bytes before it counts as broken (a runaway quote); default 1 MiB. */
  maxRecordBytes?: number
  /** File name used in issues; default the path. */
  label?: string
}

const CODES: Record<string, [string, string]> = {
  CSV_QUOTE_NOT_CLOSED: ['unclosed_quote', 'a quoted field opened here is never closed'],
  CSV_MAX_RECORD_SIZE: [
    'unclosed_quote',
    'a quoted field opened here runs past the record size limit',
  ],
  INVALID_OPENING_QUOTE: ['invalid_quote', 'a quote appears inside an unquoted field'],
  CSV_INVALID_CLOSING_QUOTE: ['invalid_quote', 'a closing quote is followed by other characters'],
}

/**
 * Streams the records of a CSV file (gzip when the name ends in `.gz`), header included as the
 * first record; blank lines are skipped; records may have any number of fields (the layout
 * parsers check the count). Throws `UpcrossError('invalid_input')` at once for a missing file.
 */
export function readCsvRecords(path: string, options: CsvReadOptions = {}): AsyncIterable<CsvItem> {
  assertFile(path)
  return readFrom(path, options)
}

async function* readFrom(path: string, options: CsvReadOptions): AsyncGenerator<CsvItem> {
  let at: { byte: number; line: number } | undefined = { byte: 0, line: 1 }
  while (at !== undefined) {
    const run: Run = { resume: undefined }
    yield* readRun(path, options, at.byte, at.line, run)
    at = run.resume !== undefined && run.resume.byte > at.byte ? run.resume : undefined
  }
}

interface Run {
  resume: { byte: number; line: number } | undefined
}

async function* readRun(
  path: string,
  options: CsvReadOptions,
  start: number,
  startLine: number,
  run: Run,
): AsyncGenerator<CsvItem> {
  const file = options.label ?? path
  const index = new LineIndex(start, startLine)
  const bytes = openBytes(path, start)
  const tap = index.tap()
  const pending: CsvItem[] = []
  let stopping = false

  const csvOptions: Options<TextRecord, string[]> = {
    bom: start === 0,
    delimiter: options.delimiter ?? ',',
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: options.maxRecordBytes ?? 1 << 20,
    on_record: (fields: string[], info: InfoRecord): TextRecord => {
      let inner = 0
      for (const f of fields) {
        for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) inner++
      }
      return { line: index.lineAt(start + info.bytes - 1) - inner, fields }
    },
    on_skip: (err: CsvError | undefined) => {
      if (!stopping && err !== undefined) onSkip(err)
      return undefined
    },
  }
  const onSkip = (err: CsvError): void => {
    const line = index.lineAt(start + Number((err as { bytes?: number }).bytes ?? 0))
    const [code, what] = CODES[err.code] ?? ['malformed_csv', 'the record is not valid CSV']
    const runaway = err.code === 'CSV_QUOTE_NOT_CLOSED' || err.code === 'CSV_MAX_RECORD_SIZE'
    const then = runaway ? `reading resumes at line ${line + 1}` : 'the record is skipped'
    pending.push({
      kind: 'error',
      issue: {
        code,
        path: [line],
        message: `${what}; ${then} (${err.code})`,
        source: { file, line },
      },
    })
    if (!runaway) return
    stopping = true
    const byte = index.startOfLineAfter(line)
    if (byte !== undefined) run.resume = { byte, line: line + 1 }
    setImmediate(() => {
      tap.unpipe(parser)
      bytes.destroy()
      parser.end()
    })
  }
  // csv-parse types on_record results only for its `columns` overload; the records are TextRecords.
  const parser = parse(csvOptions as unknown as Options)
  bytes.on('error', (e) => parser.destroy(e))
  bytes.pipe(tap).pipe(parser)

  try {
    for await (const record of parser as AsyncIterable<TextRecord>) {
      while (pending.length > 0 && lineOf(pending[0]!) <= record.line) yield pending.shift()!
      yield { kind: 'record', record }
    }
  } catch (e) {
    if (e instanceof UpcrossError) throw e
    throw new UpcrossError('invalid_input', `cannot read ${file}: ${(e as Error).message}`, {
      cause: e,
    })
  } finally {
    bytes.destroy()
    parser.destroy()
  }
  yield* pending
}

function lineOf(item: CsvItem): number {
  return item.kind === 'error' ? (item.issue.source?.line ?? 0) : item.record.line
}
