import { describe, expect, it } from 'vitest'
import { parseExperiments, parseHoldoutConfig } from './parse.js'

const issuesOf = (r: { ok: boolean; issues?: { code: string; path: readonly unknown[] }[] }) =>
  (r.issues ?? []).map((i) => `${i.code} ${i.path.join('.')}`)

describe('parseHoldoutConfig', () => {
  it('accepts a share and defaults the salt', () => {
    expect(parseHoldoutConfig({ share: 0.2 })).toEqual({
      ok: true,
      value: { share: 0.2, salt: 'holdout' },
    })
    expect(parseHoldoutConfig({ share: 0, salt: 's2' })).toEqual({
      ok: true,
      value: { share: 0, salt: 's2' },
    })
  })

  it('names every bad field', () => {
    const r = parseHoldoutConfig({ share: 1.5, salt: '', shares: 1 })
    expect(r.ok).toBe(false)
    expect(issuesOf(r as never)).toEqual([
      'unknown_key shares',
      'invalid_share share',
      'invalid_type salt',
    ])
    expect(issuesOf(parseHoldoutConfig('20%') as never)).toEqual(['invalid_type '])
    expect(issuesOf(parseHoldoutConfig({}) as never)).toEqual(['invalid_share share'])
  })
})

describe('parseExperiments', () => {
  it('accepts a list or { experiments }, defaulting the salt to the id', () => {
    const e = {
      id: 'cart-ranker',
      variants: [
        { name: 'a', weight: 1 },
        { name: 'b', weight: 3 },
      ],
    }
    const r = parseExperiments([e])
    expect(r).toEqual({ ok: true, value: [{ ...e, salt: 'cart-ranker' }] })
    expect(parseExperiments({ experiments: [{ ...e, placements: ['cart'] }] })).toEqual({
      ok: true,
      value: [{ ...e, salt: 'cart-ranker', placements: ['cart'] }],
    })
  })

  it('reports each problem with its path', () => {
    const r = parseExperiments({
      experiments: [
        {
          id: 'x',
          variants: [
            { name: 'a', weight: -1 },
            { name: 'a', weight: 1 },
          ],
        },
        { id: 'x', variants: [{ name: 'a', weight: 0 }] },
        { id: '', variants: [], placements: ['nowhere'], colour: 'red' },
        'y',
      ],
    })
    expect(r.ok).toBe(false)
    expect(issuesOf(r as never)).toEqual([
      'invalid_weight experiments.0.variants.0.weight',
      'duplicate_name experiments.0.variants.1.name',
      'zero_weight experiments.1.variants',
      'unknown_key experiments.2.colour',
      'invalid_id experiments.2.id',
      'invalid_type experiments.2.variants',
      'invalid_placement experiments.2.placements.0',
      'invalid_type experiments.3',
    ])
    if (!r.ok)
      expect(r.issues[0]!.message).toBe(
        'experiments[0].variants[0].weight must be a finite number ≥ 0',
      )
  })

  it('reports a duplicate id and a non-list', () => {
    const v = [{ name: 'a', weight: 1 }]
    expect(
      issuesOf(
        parseExperiments([
          { id: 'x', variants: v },
          { id: 'x', variants: v },
        ]) as never,
      ),
    ).toEqual(['duplicate_id 1.id'])
    expect(issuesOf(parseExperiments(7) as never)).toEqual(['invalid_type '])
  })
})
