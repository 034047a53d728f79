import { describe, expect, it } from 'vitest'
import { formatMinor, parseMinor } from './money.js'

describe('parseMinor', () => {
  it('parses decimals into minor units exactly', () => {
    expect(parseMinor('12.5')).toBe(1250)
    expect(parseMinor('0.85')).toBe(85)
    expect(parseMinor('-0.85')).toBe(-85)
    expect(parseMinor('4161.06')).toBe(416106)
    expect(parseMinor('.5')).toBe(50)
    expect(parseMinor('3')).toBe(300)
  })
  it('rounds half away from zero at the third decimal', () => {
    expect(parseMinor('1.005')).toBe(101)
    expect(parseMinor('1.004')).toBe(100)
  })
  it('rejects text that is not a number', () => {
    expect(parseMinor('')).toBeUndefined()
    expect(parseMinor('abc')).toBeUndefined()
    expect(parseMinor('1.2.3')).toBeUndefined()
    expect(parseMinor('.')).toBeUndefined()
  })
  it('formats minor units with two decimals', () => {
    expect(formatMinor(1250)).toBe('12.50')
    expect(formatMinor(-5)).toBe('-0.05')
  })
})
