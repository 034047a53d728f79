import { describe, expect, it } from 'vitest'
import { config } from './config.js'
import { fill, money, rewardText } from './format.js'

describe('money', () => {
  it('formats minor units in the currency and locale', () => {
    expect(money(750, 'EUR', 'en-GB')).toBe('€7.50')
    expect(money(123456, 'EUR', 'de-DE')).toMatch(/^1\.234,56\s€$/)
  })

  it('falls back to a plain number without a currency, and survives a bad one', () => {
    expect(money(1250)).toBe('12.50')
    expect(money(1250, 'not a currency')).toBe('12.50 not a currency')
  })
})

describe('reward wording', () => {
  it('names each reward kind and fills placeholders', () => {
    expect(rewardText({ kind: 'free_shipping' }, config.labels)).toBe('free shipping')
    expect(rewardText({ kind: 'percent_off', pct: 10 }, config.labels)).toBe('10% off')
    expect(fill(config.labels.more, { gap: '€7.50', reward: 'free shipping' })).toBe(
      'Add €7.50 more for free shipping',
    )
    expect(fill('{a} {b}', { a: 'x' })).toBe('x {b}')
  })
})
