import { describe, expect, it } from 'vitest'
import { splitCsvLine } from './csv-fields.js'

describe('splitCsvLine', () => {
  it('splits plain and quoted fields', () => {
    expect(splitCsvLine('a,b,,c')).toEqual(['a', 'b', '', 'c'])
    expect(splitCsvLine('1,"SET, OF 3","say ""hi""",2')).toEqual([
      '1',
      'SET, OF 3',
      'say "hi"',
      '2',
    ])
  })
})
