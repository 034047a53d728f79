import { describe, expect, it } from 'vitest'
import { readCsv } from './read-csv.js'

describe('readCsv', () => {
  it('reads the header and each record with the line it starts on', () => {
    const t = readCsv('\uFEFFa, b ,c\r\n1,"x\r\ny",3\r\n\r\n4,5,6\r\n')
    expect(t.header).toEqual(['a', 'b', 'c'])
    expect(t.records).toEqual([
      { line: 2, fields: ['1', 'x\ny', '3'] },
      { line: 5, fields: ['4', '5', '6'] },
    ])
    expect(t.problems).toEqual([])
  })

  it('reports a record with the wrong number of fields and keeps going', () => {
    const t = readCsv('a,b\n1,2\n3\n4,5,6\n7,8')
    expect(t.records.map((r) => r.line)).toEqual([2, 5])
    expect(t.problems).toEqual([
      { line: 3, code: 'field_count', message: 'expected 2 fields as in the header, found 1' },
      { line: 4, code: 'field_count', message: 'expected 2 fields as in the header, found 3' },
    ])
  })

  it('skips a record with broken quoting and resumes on the next line', () => {
    const t = readCsv('a,b,c\n1,2,3\n6,"bad"q,7\n8,9,10\n11,"open,12\n13,14,15\n')
    expect(t.records).toEqual([
      { line: 2, fields: ['1', '2', '3'] },
      { line: 4, fields: ['8', '9', '10'] },
      { line: 6, fields: ['13', '14', '15'] },
    ])
    expect(t.problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'invalid_quote'],
      [5, 'unclosed_quote'],
    ])
  })

  it('reads an empty file as nothing', () => {
    expect(readCsv('')).toEqual({ header: [], records: [], problems: [] })
  })
})
