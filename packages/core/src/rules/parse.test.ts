import { describe, expect, it } from 'vitest'
import { parseMerchantRules } from './parse.js'

const GOOD = {
  unavailable: 'keep_in_evidence_only',
  rules: [
    { id: 'low', kind: 'exclude', match: { tags: ['clearance'] } },
    { id: 'link', kind: 'link', from: ['A'], to: ['B'], as: 'upsell', priority: 5, stop: true },
    { id: 'pin', kind: 'pin', sku: 'C', position: 1, when: { placements: ['cart'] } },
    {
      id: 'b',
      kind: 'boost',
      match: { category: 'Home > Kitchen', price: { min: 100 } },
      factor: 2,
    },
    { id: 'd', kind: 'bury', match: { skus: ['X'] }, factor: 0.5, priority: 5 },
  ],
}

describe('parseMerchantRules', () => {
  it('accepts a valid set and orders rules by priority, ties in input order', () => {
    const r = parseMerchantRules(GOOD)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.unavailable).toBe('keep_in_evidence_only')
    expect(r.value.rules.map((x) => x.id)).toEqual(['link', 'd', 'low', 'pin', 'b'])
    expect(r.value.rules[0]).toMatchObject({ kind: 'link', stop: true, as: 'upsell' })
    expect(r.value.rules[2]).toMatchObject({ stop: false, priority: 0, when: {} })
  })

  it('takes a bare array with the hide policy', () => {
    const r = parseMerchantRules([{ id: 'x', kind: 'exclude', match: { skus: ['A'] } }])
    expect(r.ok && r.value.unavailable).toBe('hide')
  })

  it('says what is wrong and where', () => {
    const r = parseMerchantRules({
      unavailable: 'show',
      rules: [
        { id: 'a', kind: 'boost', match: { skus: ['A'] }, factor: 0.5 },
        { id: 'a', kind: 'bury', match: { skus: ['A'] }, factor: 0.5 },
        { id: 'c', kind: 'pin', sku: 'A', position: 0, colour: 'red' },
        { id: 'd', kind: 'exclude', match: { price: { min: -1, max: 10 } } },
        { id: 'e', kind: 'exclude', match: {} },
        { id: 'f', kind: 'teleport' },
        { id: 'g', kind: 'link', from: [], to: ['B'], when: { placements: ['moon'] } },
        { id: 'h', kind: 'exclude', match: { price: { min: 50, max: 10 } } },
      ],
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    const where = r.issues.map((i) => `${i.code} ${i.message.split(' ')[0]}`)
    expect(where).toEqual([
      'invalid_policy unavailable',
      'invalid_factor rules[0].factor',
      'duplicate_id rules[1].id',
      'unknown_key rules[2].colour',
      'invalid_position rules[2].position',
      'invalid_amount rules[3].match.price.min',
      'empty_match rules[4].match',
      'invalid_kind rules[5].kind',
      'invalid_placement rules[6].when.placements[0]',
      'invalid_type rules[6].from',
      'invalid_range rules[7].match.price.min',
    ])
    expect(r.issues[5]!.path).toEqual(['rules', 3, 'match', 'price', 'min'])
  })

  it('rejects what is not a rule set', () => {
    expect(parseMerchantRules(3).ok).toBe(false)
    expect(parseMerchantRules({ rules: 'x' }).ok).toBe(false)
  })
})
