import { describe, expect, it } from 'vitest'
import type { Product } from '../domain/product.js'
import { validateCatalog } from './validate-catalog.js'

const p = (sku: string, relations: Product['relations'] = {}): Product => ({
  sku,
  title: sku,
  category: '',
  price: 100,
  relations,
})

describe('validateCatalog', () => {
  it('accepts a valid catalog', () => {
    expect(
      validateCatalog([
        p('L1', { tier: ['good'] }),
        p('L2', { tier: ['better'], variant_of: ['L1'] }),
        p('W', { warranty_for: ['L1', 'L2'] }),
      ]),
    ).toEqual([])
  })

  it('reports unknown SKUs, self relations, cycles and tier conflicts with code and path', () => {
    const issues = validateCatalog([
      p('A', { variant_of: ['B'], tier: ['good'] }),
      p('B', { variant_of: ['A'] }),
      p('C', { replaces: ['D'] }),
      p('D', { replaces: ['C'] }),
      p('W', { warranty_for: ['W', 'GHOST'] }),
      p('X', { tier: ['good'] }),
      p('Y', { tier: ['gold-ish'] }),
      p('Z', { tier: ['best', '3'], variant_of: ['X'] }),
      p('Z2', { tier: ['top', '3'], variant_of: ['X'] }),
    ])
    const summary = issues.map((i) => [i.code, ...i.path])
    expect(summary).toEqual([
      ['self_relation', 'W', 'warranty_for'],
      ['unknown_sku', 'W', 'warranty_for'],
      ['variant_cycle', 'A', 'variant_of'],
      ['replaces_cycle', 'C', 'replaces'],
      ['tier_unranked', 'Y', 'tier'],
      ['tier_conflict', 'Z2', 'tier'],
    ])
    expect(issues[0]!.message).toBe('W is declared warranty for itself')
    expect(issues[1]!.message).toBe('warranty_for of W names GHOST, which is not in the catalog')
    expect(issues[2]!.message).toBe('variant_of forms a cycle: A → B → A')
    expect(issues[5]!.message).toContain('Z2 and Z are both tier rank 3 of family X')
  })
})
