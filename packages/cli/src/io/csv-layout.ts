/**
 * Runs a layout parser of the core over a CSV file: the first record is the header, tokenizer
 * errors become `reject` outcomes, and a header the layout refuses is an `invalid_input` error.
 * @module
 */
import { type RecordOutcome, type Result, type TextRecord, UpcrossError } from 'upcross'
import { readCsvRecords } from './csv-records.js'

/** Makes the record parser of a layout from the header record. */
export type LayoutFactory<T> = (
  header: TextRecord,
  file: string,
) => Result<(rec: TextRecord) => RecordOutcome<T> | undefined>

/**
 * Streams the outcomes of a CSV file read with a layout. Records for which the parser returns
 * `undefined` (rows a builder absorbed) yield nothing. Throws `invalid_input` at once for a
 * missing file, and when iterated for an empty file or a refused header (with its issues).
 */
export function readCsvLayout<T>(
  path: string,
  factory: LayoutFactory<T>,
): AsyncIterable<RecordOutcome<T>> {
  const items = readCsvRecords(path)
  return (async function* () {
    let parse: ((rec: TextRecord) => RecordOutcome<T> | undefined) | undefined
    for await (const item of items) {
      if (item.kind === 'error') {
        yield { kind: 'reject', issues: [item.issue] }
        continue
      }
      if (parse === undefined) {
        const made = factory(item.record, path)
        if (!made.ok) {
          const first = made.issues[0]!
          throw new UpcrossError('invalid_input', `${path}: ${first.message}`, {
            issues: made.issues,
          })
        }
        parse = made.value
        continue
      }
      const outcome = parse(item.record)
      if (outcome !== undefined) yield outcome
    }
    if (parse === undefined)
      throw new UpcrossError('invalid_input', `${path}: the file is empty; expected a header line`)
  })()
}
