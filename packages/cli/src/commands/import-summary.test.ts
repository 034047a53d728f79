import type { ImportCounts } from '@upcross/engine'
import { describe, expect, it } from 'vitest'
import { formatImportSummary } from './import-summary.js'

const counts = (rejected: number): ImportCounts => ({
  rows: 1234,
  accepted: 1200,
  excluded: [],
  rejected: Array.from({ length: rejected }, (_, i) => ({
    code: 'invalid_quantity',
    path: ['quantity'],
    message: 'expected a whole number',
    source: { file: 'o.csv', line: i + 2, column: 'quantity' },
  })),
  excludedRows: 4,
  rejectedRows: rejected,
  excludedByCode: { zero_quantity: 1, return_line: 3 },
  rejectedByCode: rejected ? { invalid_quantity: rejected } : {},
  droppedIssues: 0,
})

describe('formatImportSummary', () => {
  it('lists counts, codes by frequency and the first 20 rejected rows', () => {
    const text = formatImportSummary('t', counts(25), [['orders inserted', 7]])
    expect(text).toContain('rows read        1,234')
    expect(text).toContain('excluded             4  (return_line 3, zero_quantity 1)')
    expect(text).toContain('first 20 of 25 rejected-row issues:')
    expect(text).toContain('  o.csv:21 column quantity: expected a whole number (invalid_quantity)')
    expect(text).not.toContain('o.csv:22 ')
    expect(text).toContain('use --report')
  })

  it('names the report file and stays short without rejected rows', () => {
    const text = formatImportSummary('t', counts(0), [], 'r.jsonl')
    expect(text).not.toContain('rejected-row issues')
    expect(text).toContain('every excluded and rejected row: r.jsonl')
  })
})
