import { describe, expect, it } from 'vitest'
import { BasketSetBuilder } from './basket-set.js'
import { buildCustomerHistory } from './customer-history.js'
import { buildUserVectors, userVector } from './user-vectors.js'

function history(baskets: string[][]) {
  const b = new BasketSetBuilder()
  baskets.forEach((skus, k) => {
    b.addSkus(skus, k * 1000, 'u')
  })
  const set = b.build()
  return { h: buildCustomerHistory(set), ix: (s: string) => set.skus.indexOf(s) }
}

describe('TIFU user vectors', () => {
  it('gives each basket its own group when there are fewer baskets than groups', () => {
    const { h, ix } = history([['a'], ['a', 'b']])
    const v = userVector(h, 0, 2, { groups: 7, withinGroupDecay: 0.9, groupDecay: 0.5 })
    // (0.5·[a] + 1·[a,b]) / (0.5 + 1)
    expect(v.get(ix('a'))).toBeCloseTo(1)
    expect(v.get(ix('b'))).toBeCloseTo(1 / 1.5)
  })

  it('decays baskets inside a group and groups against each other', () => {
    const { h, ix } = history([['a'], ['b'], ['c']])
    // 3 baskets in 2 groups: sizes 2 and 1; group 0 = (0.5·a + 1·b)/1.5, group 1 = c
    const v = userVector(h, 0, 3, { groups: 2, withinGroupDecay: 0.5, groupDecay: 0.25 })
    const norm = 1.25
    expect(v.get(ix('a'))).toBeCloseTo((0.25 * 0.5) / 1.5 / norm)
    expect(v.get(ix('b'))).toBeCloseTo((0.25 * 1) / 1.5 / norm)
    expect(v.get(ix('c'))).toBeCloseTo(1 / norm)
  })

  it('stores every customer with the Euclidean norm of their vector', () => {
    const { h } = history([['a', 'b'], ['b']])
    const rows = buildUserVectors(h, { groups: 7, withinGroupDecay: 0.9, groupDecay: 0.7 })
    const scores = Array.from(rows.scores)
    expect(rows.offsets[1]).toBe(2)
    expect(rows.norms[0]).toBeCloseTo(Math.hypot(...scores), 6)
  })
})
