import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { type CsvItem, readCsvRecords } from './csv-records.js'

const dir = mkdtempSync(join(tmpdir(), 'upcross-csv-'))
function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, name.endsWith('.gz') ? gzipSync(text) : text)
  return path
}
async function items(path: string, maxRecordBytes?: number): Promise<CsvItem[]> {
  const out: CsvItem[] = []
  const options = maxRecordBytes === undefined ? {} : { maxRecordBytes }
  for await (const item of readCsvRecords(path, options)) out.push(item)
  return out
}
const show = (xs: CsvItem[]) =>
  xs.map((x) =>
    x.kind === 'record'
      ? `${x.record.line}:${x.record.fields.join('|')}`
      : `${x.issue.source?.line}!${x.issue.code}`,
  )

const TEXT =
  'a,b,c\n1,2,3\n\n4,"x\ny",6\n7,8\n9,1"0,11\n12,13,14\n"q""q",2,3\n15,"unclosed,16\n17,18,19\n20,21,22'

describe('readCsvRecords', () => {
  it('gives start lines of records, errors in place, and resumes after an unclosed quote', async () => {
    expect(show(await items(file('t.csv', TEXT)))).toEqual([
      '1:a|b|c',
      '2:1|2|3',
      '4:4|x\ny|6',
      '6:7|8',
      '7!invalid_quote',
      '8:12|13|14',
      '9:q"q|2|3',
      '10!unclosed_quote',
      '11:17|18|19',
      '12:20|21|22',
    ])
  })
  it('counts lines the same with CRLF line ends, a BOM and gzip', async () => {
    const crlf = `\uFEFF${TEXT.replaceAll('\n', '\r\n')}`
    const lines = show(await items(file('t.csv.gz', crlf)))
    expect(lines.map((l) => l.replace(/\r/g, ''))).toEqual([
      '1:a|b|c',
      '2:1|2|3',
      '4:4|x\ny|6',
      '6:7|8',
      '7!invalid_quote',
      '8:12|13|14',
      '9:q"q|2|3',
      '10!unclosed_quote',
      '11:17|18|19',
      '12:20|21|22',
    ])
  })
  it('bounds a runaway quote by the record size and goes on after it', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i},abcdefghij,k`)
    const text = `a,b,c\n1,"oops,3\n${rows.join('\n')}\n`
    const out = await items(file('runaway.csv', text), 64)
    expect(show(out).slice(0, 3)).toEqual(['1:a|b|c', '2!unclosed_quote', '3:0|abcdefghij|k'])
    expect(out.filter((x) => x.kind === 'record')).toHaveLength(51)
    expect(out[1]!.kind === 'error' && out[1]!.issue.source?.file).toContain('runaway.csv')
  })
  it('throws invalid_input naming a missing file', () => {
    expect(() => readCsvRecords(join(dir, 'nope.csv'))).toThrow(/input file not found: .*nope\.csv/)
  })
})
