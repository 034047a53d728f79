import { describe, expect, it } from 'vitest'
import {
  isZonelessIsoDateTime,
  parseIsoTimestamp,
  parseUsDateTime,
  utcInstant,
} from './timestamp.js'

describe('parseIsoTimestamp', () => {
  it('reads Z and offsets as the same instant', () => {
    const z = Date.UTC(2024, 2, 1, 10, 15, 0)
    expect(parseIsoTimestamp('2024-03-01T10:15:00Z')).toBe(z)
    expect(parseIsoTimestamp('2024-03-01T12:15:00+02:00')).toBe(z)
    expect(parseIsoTimestamp('2024-03-01T05:15-0500')).toBe(z)
    expect(parseIsoTimestamp('2024-03-01T11:15:00+01')).toBe(z)
    expect(parseIsoTimestamp('2024-03-01 10:15:00Z')).toBe(z)
  })
  it('keeps fractional seconds to the millisecond', () => {
    expect(parseIsoTimestamp('2024-03-01T10:15:00.1239Z')).toBe(
      Date.UTC(2024, 2, 1, 10, 15, 0, 123),
    )
  })
  it('reads a plain date as UTC midnight', () => {
    expect(parseIsoTimestamp('2011-12-09')).toBe(Date.UTC(2011, 11, 9))
  })
  it('refuses a date-time without zone, impossible dates and junk', () => {
    expect(parseIsoTimestamp('2024-03-01T10:15:00')).toBeUndefined()
    expect(isZonelessIsoDateTime('2024-03-01T10:15:00')).toBe(true)
    expect(isZonelessIsoDateTime('2024-03-01T10:15:00Z')).toBe(false)
    expect(parseIsoTimestamp('2023-02-29')).toBeUndefined()
    expect(parseIsoTimestamp('2024-02-29')).toBe(Date.UTC(2024, 1, 29))
    expect(parseIsoTimestamp('2024-13-01')).toBeUndefined()
    expect(parseIsoTimestamp('2024-03-01T24:00:00Z')).toBeUndefined()
    expect(parseIsoTimestamp('2024-03-01T10:00:00+25:00')).toBeUndefined()
    expect(parseIsoTimestamp('12/1/2010 8:45')).toBeUndefined()
    expect(parseIsoTimestamp('')).toBeUndefined()
  })
})

describe('parseUsDateTime', () => {
  it('reads month-first dates with one- or two-digit parts as UTC', () => {
    expect(parseUsDateTime('12/1/2010 8:45')).toBe(Date.UTC(2010, 11, 1, 8, 45))
    expect(parseUsDateTime('4/15/2011 14:05')).toBe(Date.UTC(2011, 3, 15, 14, 5))
    expect(parseUsDateTime('01/02/2011 00:00:30')).toBe(Date.UTC(2011, 0, 2, 0, 0, 30))
    expect(parseUsDateTime('1/2/2011')).toBe(Date.UTC(2011, 0, 2))
  })
  it('refuses day-first dates that do not exist and malformed text', () => {
    expect(parseUsDateTime('15/4/2011 14:05')).toBeUndefined()
    expect(parseUsDateTime('2/30/2011 1:00')).toBeUndefined()
    expect(parseUsDateTime('12/1/2010 25:00')).toBeUndefined()
    expect(parseUsDateTime('2010-12-01 08:45')).toBeUndefined()
  })
})

describe('utcInstant', () => {
  it('rejects out-of-range fields instead of rolling over', () => {
    expect(utcInstant(2021, 4, 31)).toBeUndefined()
    expect(utcInstant(2021, 4, 30, 23, 59, 59)).toBe(Date.UTC(2021, 3, 30, 23, 59, 59))
  })
})
