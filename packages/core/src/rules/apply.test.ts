import { describe, expect, it } from 'vitest'
import { describeReason } from '../ranking/explain.js'
import { applyMerchantRules } from './apply.js'
import type { Candidate } from './candidate.js'
import { parseMerchantRules } from './parse.js'
import { testCandidate } from './test-candidate.js'
import type { MerchantRuleSet, RuleContext } from './types.js'

const cand = (sku: string, score: number, more: Partial<Candidate> = {}): Candidate =>
  testCandidate(sku, { score, strength: 0.2, category: 'Home > Kitchen', ...more })

function rules(input: unknown): MerchantRuleSet {
  const r = parseMerchantRules(input)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}

const CATALOG: Record<string, ReturnType<RuleContext['item']>> = {
  CASE: {
    sku: 'CASE',
    price: 2000,
    cost: 500,
    category: 'Phones > Cases',
    tags: [],
    stock: 5,
    listed: true,
  },
  GONE: {
    sku: 'GONE',
    price: 2000,
    cost: 500,
    category: 'Phones',
    tags: [],
    stock: 0,
    listed: true,
  },
}
const ctx = (cart: string[], placement: RuleContext['placement'] = 'cart'): RuleContext => ({
  placement,
  cart,
  item: (s) => CATALOG[s],
})

describe('applyMerchantRules', () => {
  const list = [
    cand('P', 3, { category: 'Home > Kitchen > Pans', price: 5000 }),
    cand('Q', 2, { tags: ['clearance'] }),
    cand('R', 1, { category: 'Garden', price: 200 }),
  ]

  it('excludes by sku, category prefix, tag and price range, and traces each', () => {
    const set = rules([
      { id: 'tag', kind: 'exclude', match: { tags: ['clearance'] } },
      { id: 'cheap', kind: 'exclude', match: { price: { max: 500 } } },
      { id: 'cat', kind: 'exclude', match: { category: 'Home > Kit' } },
    ])
    const out = applyMerchantRules(set, ctx([]), list)
    expect(out.candidates.map((c) => c.sku)).toEqual(['P'])
    expect(out.trace).toEqual([
      { rule: 'tag', effect: 'excluded', sku: 'Q' },
      { rule: 'cheap', effect: 'excluded', sku: 'R' },
    ])
    expect(list[0]!.reasons).toEqual([])
  })

  it('links, boosts, buries and pins, and the reasons read well', () => {
    const set = rules([
      { id: 'phone-case', kind: 'link', from: ['PHONE'], to: ['CASE', 'PHONE'], priority: 9 },
      { id: 'up-r', kind: 'boost', match: { skus: ['R'] }, factor: 10 },
      { id: 'down-p', kind: 'bury', match: { category: 'Home' }, factor: 0.1 },
      { id: 'q-first', kind: 'pin', sku: 'Q', position: 1 },
    ])
    const out = applyMerchantRules(set, ctx(['PHONE']), list)
    // CASE added at score 3; R 1×10 = 10; P 3×0.1 = 0.3; Q 2×0.1 = 0.2 then pinned first.
    expect(out.candidates.map((c) => [c.sku, Number(c.score.toFixed(3))])).toEqual([
      ['Q', 0.2],
      ['R', 10],
      ['CASE', 3],
      ['P', 0.3],
    ])
    expect(out.trace.map((t) => `${t.rule}:${t.effect}:${t.sku}`)).toEqual([
      'phone-case:added:CASE',
      'up-r:boosted:R',
      'down-p:buried:P',
      'down-p:buried:Q',
      'q-first:pinned:Q',
    ])
    const q = out.candidates[0]!
    expect(q.reasons.map((r) => describeReason(r))).toEqual([
      'Shown lower by the store (rule down-p)',
      'Placed here by the store (rule q-first)',
    ])
  })

  it('stops after a matched rule with stop, and skips rules whose when does not hold', () => {
    const set = rules([
      {
        id: 'only-email',
        kind: 'exclude',
        match: { skus: ['P'] },
        when: { placements: ['follow_up'] },
      },
      { id: 'stopper', kind: 'boost', match: { skus: ['R'] }, factor: 2, stop: true },
      { id: 'never', kind: 'exclude', match: { skus: ['Q'] } },
    ])
    const out = applyMerchantRules(set, ctx([]), list)
    expect(out.candidates.map((c) => c.sku)).toEqual(['P', 'Q', 'R'])
    expect(out.trace).toEqual([{ rule: 'stopper', effect: 'boosted', sku: 'R' }])
  })

  it('hides unavailable items or keeps them as evidence only', () => {
    const items = [cand('IN', 2), cand('OUT', 1, { stock: 0 }), cand('OFF', 1, { listed: false })]
    const link = { id: 'l', kind: 'link', from: ['A'], to: ['GONE', 'NOPE'] }
    const hide = applyMerchantRules(rules({ rules: [link] }), ctx(['A']), items)
    expect(hide.candidates.map((c) => c.sku)).toEqual(['IN'])
    expect(hide.evidence).toEqual([])
    const keep = applyMerchantRules(
      rules({ unavailable: 'keep_in_evidence_only', rules: [link] }),
      ctx(['A']),
      items,
    )
    expect(keep.candidates.map((c) => c.sku)).toEqual(['IN'])
    expect(keep.evidence.map((c) => c.sku).sort()).toEqual(['GONE', 'NOPE', 'OFF', 'OUT'])
    expect(keep.trace.filter((t) => t.rule === 'unavailable')).toContainEqual({
      rule: 'unavailable',
      effect: 'excluded',
      sku: 'NOPE',
      why: 'unlisted',
    })
  })

  it('never brings back an excluded item nor adds a cart item', () => {
    const set = rules([
      { id: 'x', kind: 'exclude', match: { skus: ['CASE'] }, priority: 2 },
      { id: 'l', kind: 'link', from: ['A'], to: ['CASE', 'A'] },
      { id: 'p', kind: 'pin', sku: 'CASE', position: 1 },
    ])
    const out = applyMerchantRules(set, ctx(['A']), [cand('CASE', 1)])
    expect(out.candidates).toEqual([])
    expect(out.trace).toEqual([{ rule: 'x', effect: 'excluded', sku: 'CASE' }])
  })
})
