import { describe, expect, it } from 'vitest'
import { getAt, setAt } from './json-path.js'

describe('getAt / setAt', () => {
  it('reads nested values and misses quietly', () => {
    const v = { a: [{ b: 1 }] }
    expect(getAt(v, ['a', 0, 'b'])).toBe(1)
    expect(getAt(v, ['a', 3, 'b'])).toBeUndefined()
    expect(getAt(v, ['x', 'y'])).toBeUndefined()
  })

  it('writes without mutating, creating arrays for numeric keys', () => {
    const v = { a: 1 }
    const w = setAt(v, ['rules', 0, 'id'], 'r1')
    expect(w).toEqual({ a: 1, rules: [{ id: 'r1' }] })
    expect(v).toEqual({ a: 1 })
  })

  it('removes a key or an item when given undefined', () => {
    expect(setAt({ a: 1, b: 2 }, ['b'], undefined)).toEqual({ a: 1 })
    expect(setAt({ l: ['x', 'y', 'z'] }, ['l', 1], undefined)).toEqual({ l: ['x', 'z'] })
  })
})
