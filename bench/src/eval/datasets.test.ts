import { describe, expect, it } from 'vitest'
import { resolveDataset } from './datasets.js'

describe('resolveDataset', () => {
  it('knows the issue-2 names and aliases', () => {
    expect(resolveDataset('fimi/retail.dat').name).toBe('retail')
    expect(resolveDataset('nbr_reality_check/tafeng').protocol).toBe('next-basket')
    expect(resolveDataset('online_retail_france')).toMatchObject({ split: 'temporal' })
  })
  it('picks a layout from a file name', () => {
    expect(resolveDataset('/x/T10I4D100K.dat.gz')).toMatchObject({
      format: 'fimi',
      split: 'random',
    })
    expect(resolveDataset('a/b.basket')).toMatchObject({ format: 'groceries' })
    expect(resolveDataset('germany.csv.gz')).toMatchObject({
      format: 'online-retail',
      split: 'temporal',
    })
    expect(() => resolveDataset('mystery')).toThrow(/unknown data set/)
  })
})
