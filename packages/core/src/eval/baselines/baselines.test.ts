import { describe, expect, it } from 'vitest'
import { BasketSetBuilder } from '../../mining/basket-set.js'
import { cooccurrenceRecommender } from './cooccurrence.js'
import { gpTopFreqRecommender } from './gp-top-freq.js'
import { pTopFreqRecommender } from './p-top-freq.js'
import { popularityRecommender } from './popularity.js'

// counts: a 3, b 3, c 2, d 1, e 1; pairs: ab 2, ac 2, bc 1, bd 1
function tiny() {
  const b = new BasketSetBuilder()
  for (const basket of [['a', 'b'], ['a', 'b', 'c'], ['a', 'c'], ['b', 'd'], ['e']])
    b.addSkus(basket)
  return b.build()
}

describe('popularityRecommender', () => {
  it('ranks by basket count, ties by first appearance, skipping the cart', () => {
    const rec = popularityRecommender(tiny())
    expect(rec({ cart: [], limit: 10 })).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(rec({ cart: ['a', 'zz'], limit: 2 })).toEqual(['b', 'c'])
  })
})

describe('cooccurrenceRecommender', () => {
  const rec = cooccurrenceRecommender(tiny())
  it('sums counts over the cart, ties by popularity, filled by popularity', () => {
    // b: 2, c: 2 → popularity b (3) before c (2); then d, e from popularity
    expect(rec({ cart: ['a'], limit: 10 })).toEqual(['b', 'c', 'd', 'e'])
    // a: ca 2 = 2; b: cb 1 + db 1 = 2; tie on score and popularity → smaller index a
    expect(rec({ cart: ['c', 'd'], limit: 10 })).toEqual(['a', 'b', 'e'])
    expect(rec({ cart: ['c', 'd'], limit: 1 })).toEqual(['a'])
  })
  it('falls back to popularity for an unknown or lonely cart', () => {
    expect(rec({ cart: ['e'], limit: 3 })).toEqual(['a', 'b', 'c'])
    expect(rec({ cart: ['nope'], limit: 2 })).toEqual(['a', 'b'])
  })
})

function customers() {
  const b = new BasketSetBuilder()
  const histories = new Map<string, string[][]>([
    ['u0', [['p']]],
    ['u', [['q', 'p'], ['r', 's'], ['s']]],
  ])
  for (const [user, baskets] of histories) for (const basket of baskets) b.addSkus(basket, 0, user)
  return { set: b.build(), histories }
}

describe('pTopFreqRecommender', () => {
  it('ranks the customer’s items by count, ties in first-seen order', () => {
    const { set, histories } = customers()
    // s: 2; q, p, r: 1 in source order q, p, r
    expect(pTopFreqRecommender(set, histories)({ cart: [], customer: 'u', limit: 10 })).toEqual([
      's',
      'q',
      'p',
      'r',
    ])
    // from the BasketSet alone, basket 1 is sorted by item index: p (index 0) before q
    expect(pTopFreqRecommender(set)({ cart: [], customer: 'u', limit: 10 })).toEqual([
      's',
      'p',
      'q',
      'r',
    ])
  })
  it('skips the cart, truncates, and knows no stranger', () => {
    const { set, histories } = customers()
    const rec = pTopFreqRecommender(set, histories)
    expect(rec({ cart: ['s'], customer: 'u', limit: 2 })).toEqual(['q', 'p'])
    expect(rec({ cart: [], customer: 'who', limit: 5 })).toEqual([])
    expect(rec({ cart: [], limit: 5 })).toEqual([])
  })
})

describe('gpTopFreqRecommender', () => {
  it('fills the personal list with global popularity', () => {
    const { set, histories } = customers()
    const rec = gpTopFreqRecommender(set, histories)
    // global counts: p 2, s 2, q 1, r 1 → order p, s, q, r (ties by index)
    expect(rec({ cart: [], customer: 'u0', limit: 3 })).toEqual(['p', 's', 'q'])
    expect(rec({ cart: [], customer: 'u', limit: 2 })).toEqual(['s', 'q'])
    expect(rec({ cart: ['p'], customer: 'nobody', limit: 2 })).toEqual(['s', 'q'])
  })
})
