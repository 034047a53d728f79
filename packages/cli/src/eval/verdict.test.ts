import { describe, expect, it } from 'vitest'
import { verdict } from './verdict.js'

const ci = (low: number, high: number) => ({ estimate: (low + high) / 2, low, high })

describe('verdict', () => {
  it('needs every interval on one side of 0', () => {
    expect(verdict([ci(0.01, 0.1), ci(0.02, 0.2)], 100)).toMatch(/^above baseline/)
    expect(verdict([ci(-0.2, -0.1), ci(-0.3, -0.01)], 100)).toMatch(/^below baseline/)
    expect(verdict([ci(0.01, 0.1), ci(-0.01, 0.2)], 100)).toMatch(/^not distinguishable/)
  })
  it('refuses to judge too few events or a missing comparison', () => {
    expect(verdict([ci(0.5, 0.9)], 10)).toMatch(/^too few events/)
    expect(verdict([undefined], 100)).toBe('no comparison')
  })
})
