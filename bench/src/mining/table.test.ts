import { describe, expect, it } from 'vitest'
import { formatNumber, formatTable } from './table.js'

describe('formatTable', () => {
  it('pads every column to its widest cell and right-aligns numeric columns', () => {
    const table = formatTable(
      ['tool', 's'],
      [
        ['C++', '0.05'],
        ['upcross', '12.345'],
      ],
      ['left', 'right'],
    )
    expect(table.split('\n')).toEqual([
      '| tool    |      s |',
      '| ------- | -----: |',
      '| C++     |   0.05 |',
      '| upcross | 12.345 |',
    ])
  })

  it('keeps rules at least three dashes wide, as Markdown needs', () => {
    expect(formatTable(['a'], [['1']]).split('\n')[1]).toBe('| --- |')
  })

  it('refuses a row with the wrong number of cells', () => {
    expect(() => formatTable(['a', 'b'], [['1']])).toThrow(/1 cells, table has 2 columns/)
  })
})

describe('formatNumber', () => {
  it('groups thousands and fixes the decimals', () => {
    expect(formatNumber(1129313.4)).toBe('1,129,313')
    expect(formatNumber(0.5, 2)).toBe('0.50')
  })
})
