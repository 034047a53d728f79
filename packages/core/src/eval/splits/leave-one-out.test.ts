import { describe, expect, it } from 'vitest'
import { BasketSetBuilder } from '../../mining/basket-set.js'
import { pythonRandom } from '../../util/python-random.js'
import { mulberry32 } from '../../util/rng.js'
import { leaveOneOut } from './leave-one-out.js'

function set() {
  const b = new BasketSetBuilder()
  b.addSkus(['c', 'a', 'b'], 100, 'u1')
  b.addSkus(['z'])
  b.addSkus(['10', '9', '2', '1'])
  b.addSkus(['d', 'e'])
  return b.build()
}

describe('leaveOneOut', () => {
  it('hides exactly one item of each basket with ≥ 2 items', () => {
    const s = set()
    const qs = leaveOneOut(s, [0, 1, 2, 3], mulberry32(9))
    expect(qs.map((q) => q.basket)).toEqual([0, 2, 3])
    for (const q of qs) {
      const all = new Set<string>()
      for (let k = s.offsets[q.basket]!; k < s.offsets[q.basket + 1]!; k++)
        all.add(s.skus[s.items[k]!]!)
      expect(q.cart.length).toBe(all.size - 1)
      expect(q.cart).not.toContain(q.hidden)
      expect(new Set([...q.cart, q.hidden])).toEqual(all)
    }
    expect(qs[0]!.customer).toBe('u1')
    expect(qs[0]!.at).toBe(100)
    expect(qs[1]!.customer).toBeUndefined()
  })

  it('draws like random.choice on the string-sorted basket', () => {
    // Python: r = random.Random(42); r.choice(['a','b','c']); r.choice(['1','10','2','9'])
    const qs = leaveOneOut(set(), [0, 2], pythonRandom(42))
    const r = pythonRandom(42)
    expect(qs[0]!.hidden).toBe(['a', 'b', 'c'][r.below(3)])
    expect(qs[1]!.hidden).toBe(['1', '10', '2', '9'][r.below(4)])
    expect(qs[1]!.cart).toEqual(['1', '10', '2', '9'].filter((x) => x !== qs[1]!.hidden))
  })

  it('uses only the first maxBaskets test baskets', () => {
    expect(leaveOneOut(set(), [0, 1, 2, 3], mulberry32(1), { maxBaskets: 2 }).length).toBe(1)
  })
})
