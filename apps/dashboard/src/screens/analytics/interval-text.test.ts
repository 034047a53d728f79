import { describe, expect, it } from 'vitest'
import { incrementalTotal } from './analytics-api.js'
import { ciText, intervalText, signed } from './interval-text.js'

const euro = (v: number | null) => signed(v, (x) => `€${(x / 100).toFixed(2)}`)

describe('interval texts', () => {
  it('writes an estimate with its interval, signs included', () => {
    const i = { estimate: 120, low: -40, high: 280 }
    expect(intervalText(i, 0.95, euro)).toBe('+€1.20 (95 % CI −€0.40 … +€2.80)')
    expect(ciText(i, 0.9, euro)).toBe('90 % CI −€0.40 … +€2.80')
  })

  it('says nothing it does not know', () => {
    expect(intervalText({ estimate: null, low: null, high: null }, 0.95, euro)).toBe('—')
    expect(intervalText({ estimate: 5, low: null, high: null }, 0.95, euro)).toBe('+€0.05')
    expect(euro(0)).toBe('€0.00')
  })

  it('scales a per-customer difference to the treated group', () => {
    const metric = {
      treated: 1,
      control: 0.5,
      difference: { estimate: 0.5, low: -0.25, high: 1 },
      relative: { estimate: 1, low: null, high: null },
    }
    expect(incrementalTotal(metric, 40)).toEqual({ estimate: 20, low: -10, high: 40 })
  })
})
