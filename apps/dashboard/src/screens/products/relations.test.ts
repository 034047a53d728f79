import type { Product, ServedOffer } from '@upcross/client'
import { describe, expect, it } from 'vitest'
import { edgesOf, graphOption } from './graph-option.js'
import { relationsOf } from './relations.js'

const offer = (sku: string, kind: string, score: number, text: string): ServedOffer => ({
  id: `r.${sku}`,
  sku,
  kind,
  score,
  reasons: [{ code: 'bought_together' }],
  text: [text],
})

const laptop: Product = {
  sku: 'L1',
  title: 'Laptop <b>14"</b>',
  category: 'Computers',
  price: 899,
  relations: { variant_of: ['L0'], tier: ['good', '1'] },
}

describe('relationsOf', () => {
  it('lists declared relations, then learned ones per placement, never popular fill or itself', () => {
    const rel = relationsOf(
      'L1',
      laptop,
      [offer('W1', 'upsell', 0.4, 'Warranty for Laptop'), offer('P', 'popular', 0.1, 'popular')],
      [
        offer('BAG', 'cross_sell', 0.3, '40% of orders with Laptop also had this'),
        offer('L1', 'cross_sell', 1, 'x'),
      ],
    )
    expect(rel.map((r) => [r.sku, r.source, r.label])).toEqual([
      ['L0', 'declared', 'variant of'],
      ['W1', 'learned', 'upsell on the product page'],
      ['BAG', 'learned', 'cross-sell in the cart'],
    ])
    expect(rel[2]!.evidence).toEqual(['40% of orders with Laptop also had this'])
  })

  it('is empty for an unknown product without offers', () => {
    expect(relationsOf('X', undefined, [], [])).toEqual([])
  })
})

describe('graphOption', () => {
  it('draws one edge per related product, merging what is said about it', () => {
    const rel = relationsOf(
      'L1',
      laptop,
      [offer('BAG', 'cross_sell', 0.2, 'a')],
      [offer('BAG', 'cross_sell', 0.5, 'b')],
    )
    expect(edgesOf(rel)).toEqual([
      { sku: 'L0', labels: ['variant of'], learned: false, score: 0 },
      {
        sku: 'BAG',
        labels: ['cross-sell on the product page', 'cross-sell in the cart'],
        learned: true,
        score: 0.5,
      },
    ])
  })

  it('names nodes by title and keeps titles out of templates', () => {
    const option = graphOption(
      'L1',
      relationsOf('L1', laptop, [], []),
      new Map([['L1', 'Laptop {b} <i>']]),
    )
    const series = (
      option['series'] as {
        data: { id: string; name: string; tooltip: { formatter: () => string } }[]
      }[]
    )[0]!
    const center = series.data.find((d) => d.id === 'L1')!
    expect(center.name).toBe('Laptop {b} <i>')
    expect(center.tooltip.formatter()).toBe('Laptop {b} <i> (L1)')
  })
})
