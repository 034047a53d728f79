/**
 * Test support: the demo store's orders (UCI Online Retail, France) read without a CSV library.
 * @module
 */
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { createOnlineRetailParser, type OrderLineOutcome } from 'upcross'

/** The demo data set: 8,557 lines, 461 invoices. */
export const FRANCE_CSV_GZ = new URL(
  '../../../../data/demo/online_retail_france.csv.gz',
  import.meta.url,
)

/** Splits one CSV line into fields (double quotes, `""` escapes; the file has no multi-line fields). */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
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

/** The parser outcomes of the demo file, ready for `importOrders`. */
export function franceOutcomes(): OrderLineOutcome[] {
  const lines = gunzipSync(readFileSync(FRANCE_CSV_GZ)).toString('utf8').split(/\r?\n/)
  const header = { line: 1, fields: splitCsvLine(lines[0] ?? '') }
  const parser = createOnlineRetailParser(header, 'online_retail_france.csv')
  if (!parser.ok) throw new Error(`header: ${parser.issues.map((i) => i.message).join('; ')}`)
  const out: OrderLineOutcome[] = []
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === '') continue
    out.push(parser.value({ line: i + 1, fields: splitCsvLine(lines[i]!) }))
  }
  return out
}
