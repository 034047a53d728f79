import { describe, expect, it } from 'vitest'
import { dismissedSkus, rememberDismissal } from './dismissals.js'
import { memoryStorage } from './test-storage.js'

const DAY = 86_400_000

describe('dismissals', () => {
  it('hide a SKU for the given days, then let it back', () => {
    const s = memoryStorage()
    rememberDismissal('22727', 30, 0, () => s)
    expect(dismissedSkus(29 * DAY, () => s).has('22727')).toBe(true)
    expect(dismissedSkus(30 * DAY + 1, () => s).has('22727')).toBe(false)
  })

  it('drop expired entries when writing, so storage stays small', () => {
    const s = memoryStorage()
    rememberDismissal('old', 1, 0, () => s)
    rememberDismissal('new', 1, 2 * DAY, () => s)
    expect(Object.keys(JSON.parse(s.getItem('upcross:dismissed')!))).toEqual(['new'])
  })

  it('work (and forget) when storage is blocked or corrupt', () => {
    const blocked = () => {
      throw new Error('SecurityError')
    }
    expect(() => rememberDismissal('a', 1, 0, blocked)).not.toThrow()
    expect(dismissedSkus(0, blocked).size).toBe(0)
    const s = memoryStorage()
    s.setItem('upcross:dismissed', '{not json')
    expect(dismissedSkus(0, () => s).size).toBe(0)
  })
})
