import { describe, expect, it } from 'vitest'
import { protocolFit, resolveDataset, specPaths } from './datasets.js'

describe('resolveDataset', () => {
  it('knows the issue-2 names and aliases', () => {
    expect(resolveDataset('fimi/retail.dat').name).toBe('retail')
    expect(resolveDataset('nbr_reality_check/tafeng').protocol).toBe('next-basket')
    expect(resolveDataset('online_retail_france')).toMatchObject({ split: 'temporal' })
    expect(specPaths(resolveDataset('tafeng'))).toHaveLength(7)
  })
  it('picks a layout from a file name, resolving it against cwd', () => {
    expect(resolveDataset('/x/T10I4D100K.dat.gz')).toMatchObject({
      name: 'T10I4D100K.dat',
      file: '/x/T10I4D100K.dat.gz',
      format: 'fimi',
      split: 'random',
    })
    expect(resolveDataset('a/b.basket', '/w')).toMatchObject({
      file: '/w/a/b.basket',
      format: 'groceries',
    })
    expect(resolveDataset('orders.csv.gz', '/w')).toMatchObject({
      format: 'orders-csv',
      split: 'temporal',
    })
    expect(resolveDataset('/d/shop_history.json.gz')).toEqual({
      name: 'shop',
      protocol: 'next-basket',
      history: '/d/shop_history.json.gz',
      future: '/d/shop_future.json.gz',
      keysets: [],
    })
    expect(() => resolveDataset('mystery')).toThrow(/unknown data set/)
  })
  it('says which protocol a data set fits', () => {
    expect(protocolFit(resolveDataset('tafeng'))).toMatch(/--protocol next-basket/)
    expect(protocolFit(resolveDataset('retail'))).toMatch(/--protocol basket-completion/)
  })
})
